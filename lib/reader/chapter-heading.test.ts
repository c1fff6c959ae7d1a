import { describe, expect, it } from 'vitest';
import { chapterKicker, chapterListLabel } from './chapter-heading';

describe('chapterKicker', () => {
  it.each([
    [
      'a numbered chapter page',
      'chapter',
      '3/12',
      { number: 3, title: 'Night' },
      2,
      'Chapter 3 of 12',
    ],
    ['a work in progress', 'chapter', '3/?', { number: 3, title: 'Night' }, 2, 'Chapter 3 of 3'],
    ['no count', 'chapter', undefined, { number: 3, title: 'Night' }, 2, 'Chapter 3'],
    [
      'Royal Road: the title says it',
      'chapter',
      undefined,
      { number: 1, title: 'Chapter 1: Loomings' },
      0,
      undefined,
    ],
    ['a title in words', 'entire', '3/3', { number: 2, title: 'Chapter Two' }, 1, undefined],
    [
      'an author who counts otherwise',
      'chapter',
      '12/12',
      { number: 11, title: 'Ch 10: The Storm' },
      0,
      'Chapter 11 of 12',
    ],
    ['an unknown number on a chapter page', 'chapter', '3/12', { title: 'Night' }, 0, undefined],
    [
      'an unknown number in an entire work',
      'entire',
      '3/3',
      { title: 'Night' },
      2,
      'Chapter 3 of 3',
    ],
    ['a one-shot', 'single', '1/1', { number: 1 }, 0, undefined],
    ['a forum page', 'multi', undefined, { number: 12, title: 'Interlude' }, 0, undefined],
  ] as const)('%s', (_name, view, chapterCount, chapter, index, expected) => {
    expect(chapterKicker({ view, ...(chapterCount ? { chapterCount } : {}) }, chapter, index)).toBe(
      expected,
    );
  });
});

describe('chapterListLabel', () => {
  it.each([
    ['Night', 3, '3. Night'],
    ['Chapter 1: Loomings', 1, 'Chapter 1: Loomings'],
    ['Ch 10: The Storm', 11, 'Ch 10: The Storm'],
    ['Night', undefined, 'Night'],
    [undefined, 4, 'Chapter 4'],
    ['  ', undefined, 'Untitled chapter'],
  ])('%s, chapter %s: "%s"', (title, number, label) => {
    expect(chapterListLabel(title, number)).toBe(label);
  });
});
