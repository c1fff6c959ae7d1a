import { describe, expect, it } from 'vitest';
import { clampStamp, maxOf, minOf, newer, nextStamp } from './stamped';

describe('nextStamp', () => {
  it.each([
    ['the clock when it is ahead of the record', 5000, 1000, 5000],
    ['one past the record when the clock stepped back', 1000, 5000, 5001],
    ['one past the record at the same millisecond', 5000, 5000, 5001],
    ['the clock for a new record', 5000, undefined, 5000],
    ['whole milliseconds', 5000.7, 0, 5000],
  ])('gives %s', (_name, now, clock, expected) => {
    expect(nextStamp(now, clock)).toBe(expected);
  });
});

describe('clampStamp', () => {
  it.each([
    [1000, 2000, 1000],
    [9_000_000, 2000, 2000],
  ])('clamps %i at now=%i to %i', (stamp, now, expected) => {
    expect(clampStamp(stamp, now)).toBe(expected);
  });
});

describe('newer', () => {
  const a = { value: 'a', at: 1 };
  const b = { value: 'b', at: 2 };
  const c = { value: 'c', at: 2 };
  it.each([
    ['the later stamp', a, b, b],
    ['the later stamp, either order', b, a, b],
    ['the one present', undefined, a, a],
    ['the one present, either order', a, undefined, a],
    ['the same winner at equal stamps', b, c, c],
    ['the same winner at equal stamps, either order', c, b, c],
  ])('takes %s', (_name, x, y, expected) => {
    expect(newer(x, y)).toEqual(expected);
  });
});

describe('maxOf / minOf', () => {
  it.each([
    [undefined, undefined, undefined, undefined],
    [1, undefined, 1, 1],
    [undefined, 2, 2, 2],
    [1, 2, 2, 1],
  ])('(%s, %s) → max %s, min %s', (a, b, max, min) => {
    expect(maxOf(a, b)).toBe(max);
    expect(minOf(a, b)).toBe(min);
  });
});
