import search from 'approx-string-match';
import { blockFingerprints } from './fingerprint';
import { FUZZY_WINDOW } from './find-quote';
import { chapterText, toBlockPoint, type ChapterText } from './normalize';
import { resolveAnchor } from './resolve';
import type { BlockPoint, ChapterTexts, TextAnchorV1 } from './types';

/**
 * Restoring a reading position (issue 10). A wrong line is far less harmful than a wrong
 * highlight, and "back to the top" is the failure readers hate most, so after the verified
 * rules this ends with looser ones and finally the chapter fraction: never nothing.
 */

/** Which rule placed a position, most trusted first. */
export type PositionRule =
  | 'same-block' // the block at the stored index has the stored fingerprint
  | 'moved-block' // a block with that fingerprint, nearest the stored index
  | 'context' // the stored offset, its surrounding text still agreeing
  | 'quote' // the ~32 characters after the point, found exactly
  | 'fuzzy' // those characters found with a few errors, nearest the expected place
  | 'fraction'; // the stored (or given) fraction of the chapter

/** A restored position and the rule that placed it. */
export interface ResolvedPosition extends BlockPoint {
  rule: PositionRule;
}

/** Blocks shorter than this (scene breaks, "* * *", images) share fingerprints: not a move. */
export const MIN_MOVED_BLOCK = 16;
/** Errors allowed for the looser search, as a share of the text after the point. */
export const POSITION_ERRORS = 0.3;

type Span = { start: number; end: number };

/** The approximate match of `quote` nearest `hint`: in a window first, then anywhere. */
function nearestFuzzy(chapter: ChapterText, quote: string, hint: number): Span | null {
  const maxErrors = Math.floor(quote.length * POSITION_ERRORS);
  const { text } = chapter;
  const from = Math.max(0, hint - FUZZY_WINDOW);
  const to = Math.min(text.length, hint + quote.length + FUZZY_WINDOW);
  let matches: Span[] = search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
  }));
  if (matches.length === 0 && (from > 0 || to < text.length)) {
    matches = search(text, quote, maxErrors);
  }
  if (matches.length === 0) return null;
  return matches.reduce((a, b) => (Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a));
}

function atFraction(blocks: readonly string[], fraction: number): BlockPoint {
  const words = blocks.map((b) => (b ? (b.match(/ /g)?.length ?? 0) + 1 : 0));
  const target = Math.max(0, Math.min(1, fraction)) * words.reduce((a, b) => a + b, 0);
  let before = 0;
  for (const [block, count] of words.entries()) {
    if (before + count > target) return { block, offset: 0 };
    before += count;
  }
  return { block: Math.max(0, blocks.length - 1), offset: 0 };
}

/**
 * Places a reading position (a collapsed anchor) in a chapter, by the first rule that applies.
 * `fraction` is the stored chapter fraction by words; without it the anchor's own share of its
 * chapter's text stands in. Null only for a chapter with no blocks.
 */
export function resolvePosition(
  anchor: TextAnchorV1,
  chapter: ChapterTexts,
  fraction?: number,
): ResolvedPosition | null {
  const { blocks } = chapter;
  if (blocks.length === 0) return null;
  const hashes = blockFingerprints(blocks);
  const clamp = (block: number, offset: number) => ({
    block,
    offset: Math.min(offset, blocks[block]?.length ?? 0),
  });
  const { block, offset } = anchor.start;
  if (hashes[block] === anchor.blockHash) return { rule: 'same-block', ...clamp(block, offset) };
  let moved = -1;
  hashes.forEach((hash, i) => {
    if (hash !== anchor.blockHash || (blocks[i]?.length ?? 0) < MIN_MOVED_BLOCK) return;
    if (moved < 0 || Math.abs(i - block) < Math.abs(moved - block)) moved = i;
  });
  if (moved >= 0) return { rule: 'moved-block', ...clamp(moved, offset) };
  const resolved = resolveAnchor(anchor, chapter);
  if (resolved.kind !== 'orphan') {
    const rule = resolved.kind === 'position' ? 'context' : resolved.kind;
    return { rule, ...resolved.start };
  }
  const texts = chapterText(blocks);
  const quote = anchor.suffix || anchor.prefix;
  const hint = Math.min(anchor.chapterStart, texts.text.length);
  const found = quote ? nearestFuzzy(texts, quote, hint) : null;
  if (found) {
    const point = anchor.suffix ? found.start : found.end;
    return { rule: 'fuzzy', ...toBlockPoint(texts, point, 'start') };
  }
  const share = fraction ?? anchor.chapterStart / Math.max(1, anchor.chapterLength);
  return { rule: 'fraction', ...atFraction(blocks, share) };
}
