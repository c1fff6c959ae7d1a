import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  applyHighlightPut,
  applyHighlightRemoved,
  HighlightInputSchema,
  mergeHighlight,
} from './highlight';
import { makeHighlightInput } from './testing/make';

describe('HighlightInputSchema', () => {
  const anchor = makeHighlightInput().anchor;
  it.each([
    ['an id with a slash', { id: 'a/b' }],
    ['an id over 64 characters', { id: 'x'.repeat(65) }],
    ['an unknown colour', { color: 'red' }],
    ['a note over 20,000 characters', { note: 'n'.repeat(20_001) }],
    ['a quote over 20,000 characters', { anchor: { ...anchor, exact: 'e'.repeat(20_001) } }],
    ['an empty quote', { anchor: { ...anchor, exact: '' } }],
    ['a prefix over 64 characters', { anchor: { ...anchor, prefix: 'p'.repeat(65) } }],
    [
      'an anchor that ends before it starts',
      { anchor: { ...anchor, end: { block: 1, offset: 0 } } },
    ],
    ['chapter offsets out of order', { anchor: { ...anchor, chapterStart: 300 } }],
  ])('refuses %s', (_name, over) => {
    expect(v.is(HighlightInputSchema, { ...makeHighlightInput(), ...over })).toBe(false);
  });

  it('accepts a highlight with a 20,000-character note and quote', () => {
    const big = makeHighlightInput({ note: 'n'.repeat(20_000) });
    big.anchor.exact = 'e'.repeat(20_000);
    expect(v.is(HighlightInputSchema, big)).toBe(true);
  });
});

describe('applyHighlightPut', () => {
  it('creates a highlight with every field stamped', () => {
    const h = applyHighlightPut(undefined, makeHighlightInput(), 5);
    expect(h).toMatchObject({
      color: { value: 'c1', at: 5 },
      removed: { value: false, at: 5 },
      createdAt: 5,
      updatedAt: 5,
    });
  });

  it('restamps only what changed', () => {
    const h = applyHighlightPut(undefined, makeHighlightInput(), 5);
    const changed = applyHighlightPut(h, makeHighlightInput({ note: 'the first line' }), 8);
    expect(changed.note).toEqual({ value: 'the first line', at: 8 });
    expect(changed.color).toEqual({ value: 'c1', at: 5 });
    expect(changed.anchor.at).toBe(5);
    expect(changed.updatedAt).toBe(8);
  });
});

describe('mergeHighlight', () => {
  const base = applyHighlightPut(undefined, makeHighlightInput(), 1);
  const recoloured = applyHighlightPut(base, makeHighlightInput({ color: 'c3' }), 4);
  const removed = applyHighlightRemoved(base, true, 6);
  const restored = applyHighlightRemoved(removed, false, 9);

  it.each([
    ['a deletion over an older edit', recoloured, removed, { removed: true, color: 'c3' }],
    ['a restore over the deletion', removed, restored, { removed: false, color: 'c1' }],
    [
      'an edit on one side and a deletion on the other',
      recoloured,
      restored,
      { removed: false, color: 'c3' },
    ],
  ])('keeps %s', (_name, a, b, expected) => {
    for (const merged of [mergeHighlight(a, b), mergeHighlight(b, a)]) {
      expect({ removed: merged.removed.value, color: merged.color.value }).toEqual(expected);
    }
  });
});
