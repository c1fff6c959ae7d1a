import { blockFingerprint } from './fingerprint';
import { findQuote } from './find-quote';
import { chapterText, toBlockPoint, toChapterOffset, type ChapterText } from './normalize';
import { scoreCandidate } from './score';
import type { ChapterTexts, Resolution, Selector, TextAnchorV1 } from './types';

/**
 * Anchor -> place in the current text, cheapest selector first, each checked against the stored
 * quote (Hypothesis's order): (a) the block-relative position, (b) the chapter position, (c) the
 * exact quote anywhere, scored by context, (d) a fuzzy match, near the expected place first.
 * What none of them places with confidence is an orphan: never a guess.
 */

/**
 * Least context agreement for the text at a stored position to be taken without a search (when
 * its block's fingerprint changed). High on purpose: text inserted above can bring another copy
 * of the same words to the old offset, and only the search compares every copy.
 */
export const POSITION_CONTEXT = 0.9;

/** The anchor's place found at chapter offsets [start, end) by `selector`. */
function placed(
  chapter: ChapterText,
  start: number,
  end: number,
  selector: Selector,
  score: number,
): Resolution {
  const kind = selector === 'quote' || selector === 'fuzzy' ? selector : 'position';
  const startPoint = toBlockPoint(chapter, start, 'start');
  const endPoint = start === end ? startPoint : toBlockPoint(chapter, end, 'end');
  return { kind, selector, start: startPoint, end: endPoint, score };
}

/** Characters right beside a position that must be unchanged for it to stay where it was. */
export const POSITION_CORE = 8;

/**
 * The score of the anchor at chapter offsets [start, end) when the text there is the stored
 * quote and its block's fingerprint or its context confirms it; null otherwise. After an edit
 * above it, equal text at the old offset can be chance ("and") or another copy of a sentence.
 * A position has no quote to pin it, and context agreement forgives a shift of a character or
 * two, so the few characters right beside it must be exactly as stored.
 */
function verify(
  anchor: TextAnchorV1,
  chapter: ChapterText,
  start: number,
  end: number,
  hashMatches: boolean,
): number | null {
  const { text } = chapter;
  if (start < 0 || end < start || end > text.length) return null;
  if (text.slice(start, end) !== anchor.exact) return null;
  const scored = scoreCandidate(text, start, end, 0, anchor.exact.length, {
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    hint: start,
  });
  if (hashMatches) return scored.score;
  if (start === end) {
    const before = anchor.prefix.slice(-POSITION_CORE);
    const after = anchor.suffix.slice(0, POSITION_CORE);
    const core =
      text.slice(Math.max(0, start - before.length), start) === before &&
      text.slice(end, end + after.length) === after;
    if (!core) return null;
  }
  return scored.context >= POSITION_CONTEXT ? scored.score : null;
}

/** Places an anchor in a chapter's normalised block texts, or says why it cannot. */
export function resolveAnchor(anchor: TextAnchorV1, chapter: ChapterTexts): Resolution {
  const { start, end } = anchor;
  const block = chapter.blocks[start.block];
  const hashMatches = block !== undefined && blockFingerprint(block) === anchor.blockHash;
  // The common case, without joining the chapter's text: the block is unchanged and holds the
  // whole quote (or the position).
  if (hashMatches && end.block === start.block && end.offset <= block.length) {
    if (block.slice(start.offset, end.offset) === anchor.exact) {
      return { kind: 'position', selector: 'block-position', start, end, score: 1 };
    }
  }
  const texts = chapterText(chapter.blocks);
  if (texts.text.length === 0) return { kind: 'orphan', reason: 'empty-chapter' };
  const blockStart = toChapterOffset(texts, start);
  const blockEnd = toChapterOffset(texts, end);
  if (blockStart >= 0 && blockEnd >= 0) {
    const score = verify(anchor, texts, blockStart, blockEnd, hashMatches);
    if (score !== null) return placed(texts, blockStart, blockEnd, 'block-position', score);
  }
  const { chapterStart, chapterEnd } = anchor;
  const chapterScore = verify(anchor, texts, chapterStart, chapterEnd, false);
  if (chapterScore !== null) {
    return placed(texts, chapterStart, chapterEnd, 'chapter-position', chapterScore);
  }
  // A position has no quote of its own: the text after it (or before it, at a chapter's end)
  // is searched instead, and the place is that text's edge.
  const collapsed = anchor.exact === '';
  const useSuffix = !collapsed || anchor.suffix !== '';
  const quote = !collapsed ? anchor.exact : useSuffix ? anchor.suffix : anchor.prefix;
  const context = collapsed
    ? { prefix: useSuffix ? anchor.prefix : '', suffix: useSuffix ? '' : anchor.suffix }
    : { prefix: anchor.prefix, suffix: anchor.suffix };
  const found = findQuote(texts.text, quote, context, [
    blockStart >= 0 ? (collapsed && !useSuffix ? blockStart - quote.length : blockStart) : -1,
    collapsed && !useSuffix ? chapterStart - quote.length : chapterStart,
  ]);
  if ('orphan' in found) return { kind: 'orphan', reason: found.orphan };
  const { match } = found;
  if (!collapsed) return placed(texts, match.start, match.end, found.selector, match.score);
  const point = useSuffix ? match.start : match.end;
  return placed(texts, point, point, found.selector, match.score);
}
