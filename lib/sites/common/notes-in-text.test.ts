import { describe, expect, it } from 'vitest';
import { isSeparator, notesInText } from './notes-in-text';

const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Story paragraph ${i + 1} goes on for a while about the sea and the ship.`,
  );
const split = (texts: string[]) =>
  notesInText(
    texts,
    texts.map((t) => (t === '<hr>' ? '<hr>' : `<p>${t}</p>`)),
    texts.map((t) => t.split(/\s+/).filter(Boolean).length),
  );

describe('isSeparator', () => {
  it.each(['_______', '* * *', '~~~', 'xXx', '-o-o-o-', '=====', '<><><>'])(
    'takes %s for a rule',
    (t) => {
      expect(isSeparator(t, `<p>${t}</p>`)).toBe(true);
    },
  );
  it.each(['The end', '...', 'Oh', 'xx'])('does not take %s for one', (t) => {
    expect(isSeparator(t, `<p>${t}</p>`)).toBe(false);
  });
});

describe('notesInText', () => {
  it.each([
    [
      'an A/N paragraph at the top',
      ['A/N: Thanks for reading!', ...story(20)],
      { before: 1, after: 0 },
    ],
    [
      'an A/N and a disclaimer at the top',
      ['A/N: hello', "Disclaimer: I don't own it.", ...story(20)],
      { before: 2, after: 0 },
    ],
    [
      'notes above a line of underscores',
      ["Author's Notes:", 'Welcome back, everyone.', 'A look ahead:', '_______', ...story(20)],
      { before: 4, after: 0 },
    ],
    [
      'reader talk below a rule at the bottom',
      [...story(20), '<hr>', 'Thanks for reading! Please review.'],
      { before: 0, after: 2 },
    ],
    [
      'labelled notes at the bottom',
      [...story(20), 'AN: next chapter on Friday.'],
      { before: 0, after: 1 },
    ],
    ['both ends', ['A/N: hi', ...story(20), '* * *', 'Please review!'], { before: 1, after: 2 }],
  ])('recognises %s', (_name, texts, expected) => {
    expect(split(texts)).toEqual(expected);
  });

  it.each([
    [
      'a short prologue set off by a scene break, with no reader talk',
      ['The sea was grey that year.', '* * *', ...story(20)],
    ],
    [
      'a closing scene after a scene break',
      [...story(20), '* * *', 'She lit the lamp and waited for the seventh boat.'],
    ],
    ['a long section before the first rule', [...story(30), '<hr>', ...story(5)]],
    [
      'a one-paragraph chapter that opens with a label',
      ['Note: this chapter is a single paragraph.'],
    ],
  ])('leaves %s as story', (_name, texts) => {
    expect(split(texts)).toEqual({ before: 0, after: 0 });
  });
});
