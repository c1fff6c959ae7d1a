import { describe, expect, it } from 'vitest';
import {
  MAX_READ_THROUGHS,
  readThroughsAfterMove,
  readThroughsAfterRead,
  REREAD_GAP_MS,
  type ReadThrough,
} from './read-through';
import { makePosition } from './testing/make';

const finished: ReadThrough[] = [{ startedAt: 0, finishedAt: 1000 }];
const later = 1000 + REREAD_GAP_MS;

describe('readThroughsAfterMove', () => {
  it.each<[string, ReadThrough[], number, number, number, ReadThrough[]]>([
    ['starts the first read-through on the first move', [], 2, 0.5, 50, [{ startedAt: 50 }]],
    ['keeps an unfinished one', [{ startedAt: 1 }], 0, 0, later, [{ startedAt: 1 }]],
    [
      'starts a new one at chapter 1 after finishing',
      finished,
      0,
      0,
      later,
      [...finished, { startedAt: later }],
    ],
    ['not right after finishing (looking back at the start)', finished, 0, 0, later - 1, finished],
    ['not in the middle of chapter 1', finished, 0, 0.5, later, finished],
    ['not in a later chapter', finished, 3, 0, later, finished],
  ])('%s', (_name, list, chapterIndex, fraction, stamp, expected) => {
    const position = makePosition(chapterIndex, 0, 0, { chapterFraction: fraction });
    expect(readThroughsAfterMove(list, position, stamp)).toEqual(expected);
  });

  it('keeps at most the newest read-throughs', () => {
    const many = Array.from({ length: MAX_READ_THROUGHS }, (_, i) => ({
      startedAt: i,
      finishedAt: i,
    }));
    const after = readThroughsAfterMove(
      many,
      makePosition(0, 0, 0, { chapterFraction: 0 }),
      later * 2,
    );
    expect(after).toHaveLength(MAX_READ_THROUGHS);
    expect(after.at(-1)).toEqual({ startedAt: later * 2 });
  });
});

describe('readThroughsAfterRead', () => {
  it.each<[string, ReadThrough[], number, number, ReadThrough[]]>([
    ['finishes on the last chapter', [{ startedAt: 1 }], 4, 4, [{ startedAt: 1, finishedAt: 9 }]],
    ['finishes a one-shot', [{ startedAt: 1 }], 0, 0, [{ startedAt: 1, finishedAt: 9 }]],
    ['does not finish on an earlier chapter', [{ startedAt: 1 }], 3, 4, [{ startedAt: 1 }]],
    ['keeps the first finish date', finished, 4, 4, finished],
    ['starts and finishes one when none was begun', [], 0, 0, [{ startedAt: 9, finishedAt: 9 }]],
  ])('%s', (_name, list, chapterIndex, lastIndex, expected) => {
    expect(readThroughsAfterRead(list, chapterIndex, lastIndex, 9)).toEqual(expected);
  });
});
