import type { Position } from './position';

/** Faster than this is skimming or jumping, not reading (words per minute). */
export const MAX_READING_WPM = 1_000;

/**
 * Words the reader moved through between two positions of one tab, for the reading-speed
 * estimate and the weekly charts: forward within a chapter, or on into the next one. A jump
 * (back, or over chapters) reads nothing, and no report counts more than its active time allows.
 */
export function wordsAdvanced(
  from: Position | undefined,
  to: Position,
  chapterWords: (chapterId: string) => number | undefined,
  activeMs: number,
): number {
  if (!from) return 0;
  const wordsOf = (p: Position) => chapterWords(p.chapterId) ?? 0;
  let words = 0;
  if (from.chapterIndex === to.chapterIndex && from.chapterId === to.chapterId) {
    words = (to.chapterFraction - from.chapterFraction) * wordsOf(to);
  } else if (to.chapterIndex === from.chapterIndex + 1) {
    words = (1 - from.chapterFraction) * wordsOf(from) + to.chapterFraction * wordsOf(to);
  }
  const cap = (Math.max(0, activeMs) / 60_000) * MAX_READING_WPM;
  return Math.round(Math.max(0, Math.min(words, cap)));
}
