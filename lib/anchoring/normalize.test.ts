import { describe, expect, it } from 'vitest';
import { chapterText, normalizeText, toBlockPoint, toChapterOffset } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['plain', 'The lamp was lit.', 'The lamp was lit.'],
    ['runs of spaces', 'The  lamp \t was\n\nlit.', 'The lamp was lit.'],
    ['edges', '  \n The lamp. \n', 'The lamp.'],
    ['NBSP', 'The\u00a0lamp\u00a0\u00a0lit', 'The lamp lit'],
    ['curly quotes untouched', '\u201cYes,\u201d she said.', '\u201cYes,\u201d she said.'],
    ['no NFC', 'cafe\u0301', 'cafe\u0301'],
    ['only whitespace', ' \u00a0\n', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('chapterText', () => {
  const blocks = ['First one.', '', 'Third block here.'];

  it('joins blocks with a newline and records where each starts', () => {
    const chapter = chapterText(blocks);
    expect(chapter.text).toBe('First one.\n\nThird block here.');
    expect(chapter.blockStarts).toEqual([0, 11, 12]);
  });

  it('is computed once per blocks array', () => {
    expect(chapterText(blocks)).toBe(chapterText(blocks));
  });

  it.each([
    [{ block: 0, offset: 6 }, 6],
    [{ block: 2, offset: 0 }, 12],
    [{ block: 2, offset: 99 }, 29],
    [{ block: 3, offset: 0 }, -1],
  ])('maps %o to chapter offset %i', (point, offset) => {
    expect(toChapterOffset(chapterText(blocks), point)).toBe(offset);
  });

  it.each([
    [0, 'start', { block: 0, offset: 0 }],
    [10, 'end', { block: 0, offset: 10 }],
    [12, 'start', { block: 2, offset: 0 }],
    [12, 'end', { block: 1, offset: 0 }],
    [29, 'end', { block: 2, offset: 17 }],
  ] as const)('maps chapter offset %i (%s) to %o', (offset, side, point) => {
    expect(toBlockPoint(chapterText(blocks), offset, side)).toEqual(point);
  });
});
