import { describe, expect, it } from 'vitest';
import { makeChapter } from './testing/make-chapter';
import { SHAPES } from './testing/shapes';
import { toRange, toRanges } from './to-range';

describe('toRange', () => {
  it.each([
    ['inside one block', [0, 4], [0, 14], 'lighthouse'],
    ['across two blocks', [0, 79], [1, 5], 'her to.Seven'],
    ['clamped to the block end', [5, 47], [5, 999], 'all.\u201d'],
  ] as const)('draws a range %s', (_name, start, end, text) => {
    const { doc, rendered } = makeChapter(SHAPES.dialogue);
    const range = toRange(
      { start: { block: start[0], offset: start[1] }, end: { block: end[0], offset: end[1] } },
      rendered,
      doc,
    );
    expect(range?.toString()).toBe(text);
  });

  it('gives a collapsed range for a position', () => {
    const { doc, rendered } = makeChapter(SHAPES.dialogue);
    const point = { block: 2, offset: 4 };
    const range = toRange({ start: point, end: point }, rendered, doc)!;
    expect(range.collapsed).toBe(true);
    expect(range.startContainer.textContent?.slice(range.startOffset, range.startOffset + 7)).toBe(
      'climbed',
    );
  });

  it('widens ends that would cut an emoji', () => {
    const { doc, rendered } = makeChapter(SHAPES.unicode);
    const range = toRange(
      { start: { block: 0, offset: 1 }, end: { block: 0, offset: 6 } },
      rendered,
      doc,
    );
    expect(range?.toString()).toBe('\ud83c\udf0a The');
  });

  it('gives null while a block is not rendered', () => {
    const { doc, rendered } = makeChapter(SHAPES.dialogue);
    const partial = { element: (i: number) => (i < 2 ? rendered.element(i) : undefined) };
    const place = { start: { block: 1, offset: 0 }, end: { block: 3, offset: 4 } };
    expect(toRange(place, partial, doc)).toBeNull();
  });

  it('draws many places at once, null where a block is not rendered', () => {
    const { doc, rendered } = makeChapter(SHAPES.dialogue);
    const at = (block: number, from: number, to: number) => ({
      start: { block, offset: from },
      end: { block, offset: to },
    });
    const partial = { element: (i: number) => (i < 5 ? rendered.element(i) : undefined) };
    const ranges = toRanges([at(0, 4, 14), at(0, 22, 29), at(5, 0, 4), at(1, 0, 5)], partial, doc);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual([
      'lighthouse',
      'counted',
      null,
      'Seven',
    ]);
  });
});
