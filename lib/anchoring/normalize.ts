import type { BlockPoint } from './types';

/**
 * Normalised text: what every anchoring offset counts in. Whitespace differs between the site's
 * page, the sanitizer's output and an author's re-upload (NBSP, newlines, indentation), so runs of
 * it (JS `\s`, NBSP included) count as one space, and a block's text is trimmed. No Unicode
 * normalisation (NFC): an offset must map one to one back to a character of the DOM text.
 */

/** Block separator in a chapter's text; a normalised block never contains it. */
export const BLOCK_SEPARATOR = '\n';

/** Collapses whitespace runs to one space and trims: a plain string's normalised text. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A chapter's normalised text: its blocks joined by "\n", and where each block starts. */
export interface ChapterText {
  readonly text: string;
  /** `blockStarts[i]`: offset in `text` of block i's first character. */
  readonly blockStarts: readonly number[];
  readonly blocks: readonly string[];
}

// One entry per blocks array: resolving 500 anchors against a chapter joins its text once.
const cache = new WeakMap<readonly string[], ChapterText>();

/** The chapter text of normalised block texts (cached per array: treat the array as frozen). */
export function chapterText(blocks: readonly string[]): ChapterText {
  const cached = cache.get(blocks);
  if (cached) return cached;
  const blockStarts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    blockStarts.push(at);
    at += block.length + BLOCK_SEPARATOR.length;
  }
  const made = { text: blocks.join(BLOCK_SEPARATOR), blockStarts, blocks };
  cache.set(blocks, made);
  return made;
}

/** Chapter offset of a block point (clamped to the block), or -1 when the block does not exist. */
export function toChapterOffset(chapter: ChapterText, point: BlockPoint): number {
  const start = chapter.blockStarts[point.block];
  const block = chapter.blocks[point.block];
  if (start === undefined || block === undefined) return -1;
  return start + Math.max(0, Math.min(point.offset, block.length));
}

/**
 * The block point of a chapter offset. A start lies in the block holding the character at
 * `offset`; an end in the block holding the character before it (so a range ending at a block's
 * end stays in that block instead of pointing at the next block's offset 0).
 */
export function toBlockPoint(
  chapter: ChapterText,
  offset: number,
  side: 'start' | 'end',
): BlockPoint {
  const starts = chapter.blockStarts;
  const target = side === 'end' && offset > 0 ? offset - 1 : offset;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= target) lo = mid;
    else hi = mid - 1;
  }
  const block = Math.max(0, lo);
  const length = chapter.blocks[block]?.length ?? 0;
  return { block, offset: Math.max(0, Math.min(offset - (starts[block] ?? 0), length)) };
}
