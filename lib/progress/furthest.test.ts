import { describe, expect, it } from 'vitest';
import { advanceFurthest, mergeFurthest, resetFurthest, type FurthestState } from './furthest';
import { at, makePosition } from './testing/make';

const p = (chapter: number, block: number, stamp: number) =>
  at(makePosition(chapter, block), stamp);

describe('advanceFurthest', () => {
  it.each([
    ['the first move', {}, p(0, 3, 1), p(0, 3, 1)],
    ['a move further on', { furthest: p(1, 0, 1) }, p(1, 9, 2), p(1, 9, 2)],
    [
      'not a later move further back (an old tab)',
      { furthest: p(5, 0, 1) },
      p(1, 0, 2),
      p(5, 0, 1),
    ],
    ['not a move to the same place', { furthest: p(2, 2, 1) }, p(2, 2, 2), p(2, 2, 1)],
  ])('takes %s', (_name, state: FurthestState, move, expected) => {
    expect(advanceFurthest(state, move).furthest).toEqual(expected);
  });
});

describe('resetFurthest', () => {
  it('moves furthest back when the reader asks, and remembers when', () => {
    expect(resetFurthest({ furthest: p(5, 0, 1) }, p(1, 0, 7))).toEqual({
      furthest: p(1, 0, 7),
      furthestResetAt: 7,
    });
  });
});

describe('mergeFurthest', () => {
  it.each<[string, FurthestState, FurthestState, FurthestState]>([
    [
      'the further, however old',
      { furthest: p(5, 0, 1) },
      { furthest: p(2, 0, 9) },
      { furthest: p(5, 0, 1) },
    ],
    ['one side when the other has none', {}, { furthest: p(2, 0, 9) }, { furthest: p(2, 0, 9) }],
    [
      'the reset, not an older further value from a backup',
      { furthest: p(1, 0, 10), furthestResetAt: 10 },
      { furthest: p(5, 0, 3) },
      { furthest: p(1, 0, 10), furthestResetAt: 10 },
    ],
    [
      'a value reached after the reset',
      { furthest: p(1, 0, 10), furthestResetAt: 10 },
      { furthest: p(3, 0, 12) },
      { furthest: p(3, 0, 12), furthestResetAt: 10 },
    ],
    [
      'the newer at the same place',
      { furthest: p(2, 0, 1) },
      { furthest: p(2, 0, 4) },
      { furthest: p(2, 0, 4) },
    ],
  ])('keeps %s', (_name, a, b, expected) => {
    expect(mergeFurthest(a, b)).toEqual(expected);
    expect(mergeFurthest(b, a)).toEqual(expected);
    expect(mergeFurthest(expected, expected)).toEqual(expected);
  });
});
