import { describe, expect, it } from 'vitest';
import {
  mergeWork,
  mergeWorkOwn,
  newChapters,
  nextChapterTotal,
  normalizeTags,
  parseChapterTotal,
  type ChapterTotal,
  type WorkOwnFields,
} from './work-state';

describe('normalizeTags', () => {
  it.each([
    [
      ['  comfort read ', 'Comfort  read', '', 'AU'],
      ['comfort read', 'AU'],
    ],
    [['x'.repeat(150)], ['x'.repeat(100)]],
    [Array.from({ length: 80 }, (_, i) => `t${i}`), Array.from({ length: 50 }, (_, i) => `t${i}`)],
  ])('cleans %j', (tags, expected) => {
    expect(normalizeTags(tags)).toEqual(expected);
  });
});

describe('parseChapterTotal', () => {
  it.each([
    ['3/?', 3],
    ['12/12', 12],
    [' 7 ', 7],
    ['?', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (stated, expected) => {
    expect(parseChapterTotal(stated)).toBe(expected);
  });
});

describe('nextChapterTotal', () => {
  it.each<[string, ChapterTotal | undefined, number | undefined, ChapterTotal | undefined]>([
    ['a first count', undefined, 3, { value: 3, at: 9 }],
    [
      'a grown count, remembering the old one',
      { value: 3, at: 1 },
      5,
      { value: 5, before: 3, at: 9 },
    ],
    [
      'the same count, untouched',
      { value: 5, before: 3, at: 1 },
      5,
      { value: 5, before: 3, at: 1 },
    ],
    [
      'a shrunk count, forgetting the old one',
      { value: 5, before: 3, at: 1 },
      4,
      { value: 4, at: 9 },
    ],
    ['no count, untouched', { value: 5, at: 1 }, undefined, { value: 5, at: 1 }],
  ])('records %s', (_name, current, stated, expected) => {
    expect(nextChapterTotal(current, stated, 9)).toEqual(expected);
  });
});

describe('newChapters', () => {
  it.each<[string, ChapterTotal | undefined, number | undefined, number]>([
    ['two new since the reader caught up', { value: 5, before: 3, at: 1 }, 2, 2],
    ['fewer once the reader reads into them', { value: 5, before: 3, at: 1 }, 3, 1],
    ['none when the reader is behind anyway', { value: 5, before: 3, at: 1 }, 0, 2],
    ['none for a reader who never read it', { value: 5, before: 3, at: 1 }, undefined, 0],
    ['none when the count never grew', { value: 5, at: 1 }, 4, 0],
  ])('%s', (_name, total, furthest, expected) => {
    expect(newChapters(total, furthest)).toBe(expected);
  });
});

describe('mergeWorkOwn', () => {
  it.each<[string, WorkOwnFields, WorkOwnFields, WorkOwnFields]>([
    [
      'each field the newer, independently',
      { readingStatus: { value: 'finished', at: 5 }, tags: { value: ['a'], at: 1 } },
      { readingStatus: { value: 'reading', at: 2 }, tags: { value: ['b'], at: 3 } },
      { readingStatus: { value: 'finished', at: 5 }, tags: { value: ['b'], at: 3 } },
    ],
    [
      'a newer clearing over an older status',
      { readingStatus: { value: null, at: 6 } },
      { readingStatus: { value: 'dropped', at: 2 } },
      { readingStatus: { value: null, at: 6 } },
    ],
    [
      'what only one side has',
      {},
      { tags: { value: ['x'], at: 1 } },
      { tags: { value: ['x'], at: 1 } },
    ],
  ])('keeps %s', (_name, a, b, expected) => {
    expect(mergeWorkOwn(a, b)).toEqual(expected);
    expect(mergeWorkOwn(b, a)).toEqual(expected);
  });
});

describe('mergeWork', () => {
  const base = { firstOpenedAt: 1, lastOpenedAt: 5, openCount: 3, updatedAt: 5, title: 'Old' };
  it('keeps the newer page’s metadata, the earliest first open, the reader’s newer fields', () => {
    const a = { ...base, tags: { value: ['mine'], at: 9 } };
    const b = {
      ...base,
      firstOpenedAt: 2,
      lastOpenedAt: 8,
      openCount: 2,
      updatedAt: 8,
      title: 'New',
    };
    const expected = {
      title: 'New',
      firstOpenedAt: 1,
      lastOpenedAt: 8,
      openCount: 3,
      updatedAt: 8,
      tags: { value: ['mine'], at: 9 },
    };
    expect(mergeWork(a, b)).toEqual(expected);
    expect(mergeWork(b, a)).toEqual(expected);
  });
});
