import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { compareLocation, PositionSchema, stampPosition, type Position } from './position';
import type { PositionFields } from './position-fields';
import { makePosition } from './testing/make';

describe('PositionSchema', () => {
  it('accepts a position', () => {
    expect(v.is(PositionSchema, makePosition(2, 10, 40, { workFraction: 0.3 }))).toBe(true);
  });

  it.each([
    ['an empty chapter id', { chapterId: '' }],
    ['a chapter id over 200 characters', { chapterId: 'x'.repeat(201) }],
    ['a negative block', { block: -1 }],
    ['a fractional offset', { offset: 1.5 }],
    ['a chapter fraction over 1', { chapterFraction: 1.01 }],
    ['a work fraction below 0', { workFraction: -0.1 }],
    ['a quote over 64 characters', { quote: 'q'.repeat(65) }],
    ['a block hash over 16 characters', { blockHash: 'h'.repeat(17) }],
    ['a string index', { chapterIndex: '1' }],
  ])('refuses %s', (_name, over) => {
    expect(v.is(PositionSchema, { ...makePosition(0), ...over })).toBe(false);
  });
});

describe('compareLocation', () => {
  it.each([
    ['a later chapter', makePosition(2, 0, 0), makePosition(1, 99, 99), 1],
    ['a later block', makePosition(1, 5, 0), makePosition(1, 4, 99), 1],
    ['a later offset', makePosition(1, 5, 10), makePosition(1, 5, 9), 1],
    ['the same place', makePosition(1, 5, 10), makePosition(1, 5, 10), 0],
    ['an earlier chapter', makePosition(0, 50, 0), makePosition(1, 0, 0), -1],
  ])('orders %s', (_name, a, b, sign) => {
    expect(Math.sign(compareLocation(a, b))).toBe(sign);
  });
});

describe('stampPosition', () => {
  it('keeps only the position’s own fields and the stamp', () => {
    const forged = { ...makePosition(1), at: 9e12, extra: 'x' };
    expect(stampPosition(forged, 5)).toEqual({ ...makePosition(1), at: 5 });
  });
});

describe('the plain position type', () => {
  it('is the shape the schema checks, both ways', () => {
    expectTypeOf<Position>().toExtend<PositionFields>();
    expectTypeOf<PositionFields>().toExtend<Position>();
  });
});
