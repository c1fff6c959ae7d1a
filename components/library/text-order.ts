import type { ChapterView, HighlightView } from '@/lib/messaging/wire';

/** A work's highlights in the order of its text: by chapter, then by where each starts. */
export function inTextOrder(
  highlights: readonly HighlightView[],
  chapters: readonly ChapterView[],
): HighlightView[] {
  const order = new Map(chapters.map((c, i) => [c.chapterId, c.index ?? i]));
  const at = (h: HighlightView) => order.get(h.chapterId) ?? Infinity;
  return [...highlights].sort(
    (a, b) =>
      at(a) - at(b) ||
      a.anchor.start.block - b.anchor.start.block ||
      a.anchor.start.offset - b.anchor.start.offset,
  );
}
