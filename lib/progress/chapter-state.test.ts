import { describe, expect, it } from 'vitest';
import {
  applyChapterMeta,
  applyChapterMove,
  applyReadMark,
  emptyChapter,
  isRead,
  mergeChapter,
  type ChapterFields,
} from './chapter-state';
import { makePosition } from './testing/make';

describe('read marks', () => {
  it.each<[string, [boolean, number][], boolean]>([
    ['a chapter read is read', [[true, 1]], true],
    [
      'an explicit unmark after a read wins',
      [
        [true, 1],
        [false, 2],
      ],
      false,
    ],
    [
      'reading it again after the unmark marks it again',
      [
        [true, 1],
        [false, 2],
        [true, 3],
      ],
      true,
    ],
    ['a chapter never marked is not read', [], false],
  ])('%s', (_name, marks, expected) => {
    const chapter = marks.reduce(
      (c, [read, stamp]) => applyReadMark(c, read, stamp),
      emptyChapter(),
    );
    expect(isRead(chapter)).toBe(expected);
  });
});

describe('applyChapterMove', () => {
  it('keeps where the reader was in the chapter, the time and the dates', () => {
    const position = makePosition(2, 7, 3);
    const c = applyChapterMove(emptyChapter(), { position, stamp: 5, activeMs: 700 });
    expect(c).toEqual({
      index: 2,
      position: { ...position, at: 5 },
      activeMs: 700,
      firstReadAt: 5,
      lastReadAt: 5,
      updatedAt: 5,
    });
  });
});

describe('applyChapterMeta', () => {
  it('takes the page’s title and words and keeps the reading state', () => {
    const read = applyReadMark(emptyChapter(), true, 3);
    expect(applyChapterMeta(read, { number: 2, title: 'The Carpet-Bag', words: 900 })).toEqual({
      ...read,
      number: 2,
      title: 'The Carpet-Bag',
      words: 900,
    });
  });
});

describe('mergeChapter', () => {
  const a: ChapterFields = {
    title: 'Old title',
    read: { value: false, at: 9 },
    activeMs: 100,
    firstReadAt: 2,
    lastReadAt: 9,
    updatedAt: 9,
  };
  const b: ChapterFields = {
    title: 'New title',
    read: { value: true, at: 4 },
    position: { ...makePosition(0, 3), at: 12 },
    activeMs: 500,
    firstReadAt: 1,
    lastReadAt: 12,
    updatedAt: 12,
  };

  it('keeps the newer mark (an unmark included), the newer place, the larger time', () => {
    expect(mergeChapter(a, b)).toEqual({
      title: 'New title',
      read: { value: false, at: 9 },
      position: b.position,
      activeMs: 500,
      firstReadAt: 1,
      lastReadAt: 12,
      updatedAt: 12,
    });
    expect(mergeChapter(b, a)).toEqual(mergeChapter(a, b));
  });
});
