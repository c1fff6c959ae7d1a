import { describe, expect, it } from 'vitest';
import type { BlockText } from './blocks';
import { chapterWithNotesInText } from './story';

/** A chapter's text from plain lines; "<hr>" stands for a rule element. */
function textOf(lines: string[], complete = true): BlockText {
  const counts = lines.map((t) => (t === '<hr>' ? 0 : t.split(/\s+/).filter(Boolean).length));
  return {
    blocks: lines.map((t) => (t === '<hr>' ? '<hr>' : `<p>${t}</p>`)),
    texts: lines.map((t) => (t === '<hr>' ? '' : t)),
    counts,
    words: counts.reduce((a, b) => a + b, 0),
    complete,
  };
}

const story = (n: number) =>
  Array.from({ length: n }, (_, i) => `Story paragraph ${i + 1} about the sea and the ship.`);
const split = (lines: string[], complete = true) => {
  const c = chapterWithNotesInText(textOf(lines, complete), { id: '1' });
  return {
    before: c.notesBefore?.split('\n') ?? [],
    story: c.blocks,
    after: c.notesAfter?.split('\n') ?? [],
    words: c.words,
  };
};

describe('chapterWithNotesInText', () => {
  it.each([
    ['underscores', '______________'],
    ['a rule element', '<hr>'],
    ['asterisks', '* * *'],
  ])('drops the rule (%s) that sets the notes off from notes and story', (_name, rule) => {
    const wrap = (t: string) => (t === '<hr>' ? t : `<p>${t}</p>`);
    const got = split(['A/N: Thanks for the reviews!', rule, ...story(10), rule, 'Please review!']);
    expect(got.before).toEqual(['<p>A/N: Thanks for the reviews!</p>']);
    expect(got.after).toEqual(['<p>Please review!</p>']);
    expect(got.story).toEqual(story(10).map(wrap));
    expect(got.words).toBe(story(10).join(' ').split(' ').length);
  });

  it('drops a rule left at the story edge after labelled notes', () => {
    const got = split(["Disclaimer: I don't own the sea.", '~~~~~~', ...story(8)]);
    expect(got.before).toEqual(["<p>Disclaimer: I don't own the sea.</p>"]);
    expect(got.story[0]).toBe('<p>Story paragraph 1 about the sea and the ship.</p>');
    expect(got.story).toHaveLength(8);
  });

  it('keeps a rule inside the story', () => {
    const got = split(['A/N: one', '____', ...story(6), '* * *', ...story(6)]);
    expect(got.before).toEqual(['<p>A/N: one</p>']);
    expect(got.story).toHaveLength(13);
    expect(got.story[6]).toBe('<p>* * *</p>');
  });

  it('leaves a rule alone when no notes were recognised', () => {
    const got = split(['* * *', ...story(6), '* * *']);
    expect(got.before).toEqual([]);
    expect(got.after).toEqual([]);
    expect(got.story).toHaveLength(8);
  });

  it('does not touch the end of a chapter that is still loading', () => {
    const got = split(['A/N: hi', '____', ...story(6), '____'], false);
    expect(got.before).toEqual(['<p>A/N: hi</p>']);
    expect(got.story.at(-1)).toBe('<p>____</p>');
    expect(got.after).toEqual([]);
  });
});
