import { describe, expect, it } from 'vitest';
import { describeText } from './describe';
import { chapterText } from './normalize';
import { resolveAnchor } from './resolve';
import type { Resolution, TextAnchorV1 } from './types';
import { mobyDick } from '../../tests/pages/text';

/** An anchor for the `occurrence`-th copy of `quote` in block `block`. */
function anchorOn(blocks: string[], block: number, quote: string, occurrence = 0): TextAnchorV1 {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = blocks[block]!.indexOf(quote, offset + 1);
  if (offset < 0) throw new Error(`no ${quote} in block ${block}`);
  const end = { block, offset: offset + quote.length };
  return describeText({ id: 'c1', blocks }, { block, offset }, end)!;
}

/** The text a resolution points at. */
function textAt(blocks: string[], r: Resolution): string | null {
  if (r.kind === 'orphan') return null;
  const { text, blockStarts } = chapterText(blocks);
  return text.slice(
    blockStarts[r.start.block]! + r.start.offset,
    blockStarts[r.end.block]! + r.end.offset,
  );
}

const R = 'The bell rang twice and nobody came to the door at all.';
// Blocks 2 and 3 are the same sentence with the same 32 characters around each copy.
const RUN = ['She came up the hill at dusk.', R, R, R, R, 'Then the lamp went out.'];
const BROKEN = { block: 99, offset: 0 };

describe('resolveAnchor: each selector alone', () => {
  it('block-position: places a quote the other selectors cannot tell apart', () => {
    const anchor = { ...anchorOn(RUN, 2, R), chapterStart: -1, chapterEnd: -1 };
    expect(resolveAnchor(anchor, { blocks: RUN })).toMatchObject({
      selector: 'block-position',
      start: { block: 2, offset: 0 },
    });
  });

  it('chapter-position: places it when the block index is gone', () => {
    const anchor = { ...anchorOn(RUN, 3, R), start: BROKEN, end: BROKEN };
    expect(resolveAnchor(anchor, { blocks: RUN })).toMatchObject({
      selector: 'chapter-position',
      start: { block: 3, offset: 0 },
    });
  });

  it('quote: places a quote with both positions gone', () => {
    const blocks = ['One.', 'Seven went out past the breakwater.', 'Six came home.'];
    const anchor = { ...anchorOn(blocks, 1, 'past the'), start: BROKEN, end: BROKEN };
    const r = resolveAnchor({ ...anchor, chapterStart: -5, chapterEnd: -1 }, { blocks });
    expect(r).toMatchObject({ kind: 'quote', start: { block: 1, offset: 15 } });
  });

  it('fuzzy: places an edited quote with both positions gone', () => {
    const blocks = ['One.', 'Seven went out past the breakwater that morning.', 'Six came home.'];
    const anchor = anchorOn(blocks, 1, 'past the breakwater');
    const edited = {
      ...anchor,
      exact: 'past teh breakwater',
      start: BROKEN,
      end: BROKEN,
      chapterStart: -1,
    };
    const r = resolveAnchor(edited, { blocks });
    expect(r.kind).toBe('fuzzy');
    expect(textAt(blocks, r)).toBe('past the breakwater');
  });

  it('none: an orphan when the copies cannot be told apart', () => {
    const anchor = { ...anchorOn(RUN, 2, R), start: BROKEN, end: BROKEN, chapterStart: -1 };
    expect(resolveAnchor(anchor, { blocks: RUN })).toEqual({ kind: 'orphan', reason: 'ambiguous' });
  });
});

const MOBY = mobyDick()[2]!.paragraphs;

describe('resolveAnchor: after edits', () => {
  const repeated = [
    'The bell rang twice. Nobody came to the door.',
    'She waited on the step with the letter in her hand.',
    'The bell rang twice. Nobody came to the door.',
    'So she left the letter under the stone, as her mother had.',
  ];

  it('finds the second of the same sentence twice when the old offset now holds the first', () => {
    const anchor = anchorOn(repeated, 2, 'The bell rang twice.');
    // A new first paragraph exactly long enough to bring the first copy to the old offset.
    const filler = 'x'.repeat(anchor.chapterStart - 1);
    const blocks = [filler, ...repeated];
    expect(chapterText(blocks).text.slice(anchor.chapterStart, anchor.chapterEnd)).toBe(
      anchor.exact,
    );
    expect(resolveAnchor(anchor, { blocks })).toMatchObject({ start: { block: 3, offset: 0 } });
  });

  it('finds a common word among hundreds after a paragraph is inserted above', () => {
    const count = chapterText(MOBY).text.split(/\bthe\b/).length - 1;
    expect(count).toBeGreaterThan(200);
    const anchor = anchorOn(MOBY, 10, 'the', 2);
    const blocks = ['A new opening paragraph, written after the chapter was posted.', ...MOBY];
    const r = resolveAnchor(anchor, { blocks });
    expect(r).toMatchObject({ kind: 'quote', start: { block: 11, offset: anchor.start.offset } });
  });

  it('makes an orphan, not a guess, of a common word whose paragraph was deleted', () => {
    const anchor = anchorOn(MOBY, 10, 'the', 2);
    const blocks = MOBY.filter((_, i) => i !== 10);
    expect(resolveAnchor(anchor, { blocks }).kind).toBe('orphan');
  });

  it('makes an orphan of any anchor in an empty chapter', () => {
    expect(resolveAnchor(anchorOn(repeated, 1, 'letter'), { blocks: [] })).toEqual({
      kind: 'orphan',
      reason: 'empty-chapter',
    });
  });

  it('does not take equal text at the old offset when its context changed', () => {
    const before = ['Salt and pepper.', 'Bread and butter and jam.'];
    const anchor = anchorOn(before, 1, 'and');
    // Another "and" now sits at the old offset; the one between bread and butter moved on.
    const after = ['Salt and pepper.', 'Lemon and bread and butter.'];
    expect(after[1]!.slice(anchor.start.offset, anchor.end.offset)).toBe('and');
    const r = resolveAnchor(anchor, { blocks: after });
    if (r.kind !== 'orphan') expect(r.start).toEqual({ block: 1, offset: 16 });
    expect(r).not.toMatchObject({ start: { block: 1, offset: 6 } });
  });

  it('checks the text at the stored position against the quote, not only its context', () => {
    const before = ['She said the door was green, and the gate was green too, under the old elm.'];
    const anchor = anchorOn(before, 0, 'green');
    // The author changed the first "green": its context still agrees at the old offset.
    const after = ['She said the door was red, and the gate was green too, under the old elm.'];
    const r = resolveAnchor(anchor, { blocks: after });
    expect(r.kind === 'orphan' || textAt(after, r) === 'red').toBe(true);
  });
});
