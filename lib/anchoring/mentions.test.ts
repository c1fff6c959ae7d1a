import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';

const CHAPTERS = [
  {
    id: 'c1',
    blocks: [
      'Ann opened the door. Anne was not there, and the planning had failed.',
      "ANN! called Ben. Ann\u2019s coat was gone; so was Ann's hat.",
    ],
  },
  { id: 'c2', blocks: ['Joanna and Ann-Marie met Ann at the caf\u00e9.', '', 'Nobody else.'] },
];

/** The matched text of each mention. */
function texts(term: string): string[] {
  const byId = new Map(CHAPTERS.map((c) => [c.id, c.blocks]));
  return findMentions(CHAPTERS, term).map(({ chapterId, start, end }) =>
    byId.get(chapterId)![start.block]!.slice(start.offset, end.offset),
  );
}

describe('findMentions', () => {
  it.each([
    ['a name, whole words only, any case', 'Ann', ['Ann', 'ANN', 'Ann', 'Ann', 'Ann', 'Ann']],
    ['a longer name', 'anne', ['Anne']],
    ['a word inside others', 'plan', []],
    ['two words', 'the door', ['the door']],
    ['spacing normalised', '  the   door ', ['the door']],
    ['a non-word term matches anywhere', '!', ['!']],
    ['accented letters', 'CAF\u00c9', ['caf\u00e9']],
    ['an empty term', '  ', []],
  ])('finds %s', (_name, term, expected) => {
    expect(texts(term)).toEqual(expected);
  });

  it('gives chapter, block and offsets in text order', () => {
    const mentions = findMentions(CHAPTERS, 'Ann');
    expect(mentions[0]).toEqual({
      chapterId: 'c1',
      start: { block: 0, offset: 0 },
      end: { block: 0, offset: 3 },
    });
    expect(mentions.map((m) => `${m.chapterId}:${m.start.block}`)).toEqual([
      'c1:0',
      'c1:1',
      'c1:1',
      'c1:1',
      'c2:0',
      'c2:0',
    ]);
    expect(mentions.at(-1)!.start).toEqual({ block: 0, offset: 25 });
  });

  it('keeps offsets exact where lower-casing would change the length', () => {
    const chapters = [{ id: 'c', blocks: ['\u0130stanbul and Ann.'] }];
    expect(findMentions(chapters, 'ann')[0]!.start).toEqual({ block: 0, offset: 13 });
  });

  it('finds 2,000 mentions in a 500,000-word work quickly', () => {
    const filler = 'the sea was grey and the boats were late again that evening. ';
    const chapters = Array.from({ length: 60 }, (_, c) => ({
      id: `c${c}`,
      blocks: Array.from({ length: 140 }, (_, b) =>
        (filler.repeat(5) + (b % 4 === 0 ? 'Queequeg said nothing. ' : '')).trim(),
      ),
    }));
    const started = performance.now();
    const mentions = findMentions(chapters, 'queequeg');
    expect(mentions).toHaveLength(60 * 35);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
