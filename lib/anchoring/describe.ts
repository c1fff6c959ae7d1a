import { blockText } from './block-text';
import { blockFingerprint } from './fingerprint';
import { graphemeEnd, graphemeStart } from './graphemes';
import { chapterText, toBlockPoint, toChapterOffset, type ChapterText } from './normalize';
import type { BlockPoint, IdentifiedChapterTexts, RenderedBlocks, TextAnchorV1 } from './types';

/**
 * Range -> anchor: the symmetric half of resolve + toRange. Every selector is taken from the
 * chapter's normalised text, so the anchor means the same thing in the reader, in the entire-work
 * view and on the site's own page, whatever the markup around the words.
 */

/** Characters of context kept each side of a quote (Hypothesis keeps 32). */
export const CONTEXT_CHARS = 32;

const WHITESPACE = /\s/;

/** An anchor for chapter offsets [start, end) of a chapter's text. */
function anchorAt(
  chapterId: string,
  chapter: ChapterText,
  start: number,
  end: number,
): TextAnchorV1 {
  const { text } = chapter;
  const startPoint = toBlockPoint(chapter, start, 'start');
  const endPoint = start === end ? startPoint : toBlockPoint(chapter, end, 'end');
  return {
    chapterId,
    start: startPoint,
    end: endPoint,
    chapterStart: start,
    chapterEnd: end,
    chapterLength: text.length,
    exact: text.slice(start, end),
    prefix: text.slice(graphemeEnd(text, Math.max(0, start - CONTEXT_CHARS)), start),
    suffix: text.slice(end, graphemeStart(text, Math.min(text.length, end + CONTEXT_CHARS))),
    blockHash: blockFingerprint(chapter.blocks[startPoint.block] ?? ''),
  };
}

/** Offsets [s, e) of `text` without the whitespace at their edges (a selection's stray spaces). */
function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && WHITESPACE.test(text.charAt(s))) s++;
  while (e > s && WHITESPACE.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/**
 * The anchor of the text from `start` to `end` of a chapter given as normalised block texts (a
 * selection already mapped to offsets, a mention, a re-attached orphan). Null for a block that
 * does not exist. `trim`: whitespace at the edges (block ends included) is left out, as from a
 * selection (null when nothing else is left).
 */
export function describeText(
  chapter: IdentifiedChapterTexts,
  start: BlockPoint,
  end: BlockPoint,
  trim = false,
): TextAnchorV1 | null {
  const texts = chapterText(chapter.blocks);
  const from = toChapterOffset(texts, start);
  const to = toChapterOffset(texts, end);
  if (from < 0 || to < from) return null;
  const s = graphemeStart(texts.text, from);
  const e = from === to ? s : graphemeEnd(texts.text, to);
  if (!trim) return anchorAt(chapter.id, texts, s, e);
  const [ts, te] = trimmed(texts.text, s, e);
  return ts < te ? anchorAt(chapter.id, texts, ts, te) : null;
}

/** A reading position (a collapsed anchor) at `offset` in block `block` of a chapter. */
export function describePoint(
  block: number,
  offset: number,
  chapter: IdentifiedChapterTexts,
): TextAnchorV1 | null {
  return describeText(chapter, { block, offset }, { block, offset });
}

type Located = { inside: number; offset: number } | { after: number };
type Rendered = { index: number; element: Element }[];

/** Where a DOM point lies among the rendered blocks (binary search in document order). */
function locate(rendered: Rendered, node: Node, offset: number): Located {
  let lo = 0;
  let hi = rendered.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = rendered[mid];
    if (!entry) break;
    const { index, element } = entry;
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    const side = range.comparePoint(node, offset);
    if (side === 0) return { inside: index, offset: blockText(element).fromDom(node, offset) };
    if (side < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  // Not inside a block: `lo` is the first rendered block after the point.
  return { after: lo };
}

/** The block point where a located range start (or end) lies, clipped to the story blocks. */
function clip(located: Located, rendered: Rendered, side: 'start' | 'end'): BlockPoint | null {
  if ('inside' in located) return { block: located.inside, offset: located.offset };
  if (side === 'start') {
    const next = rendered[located.after];
    return next ? { block: next.index, offset: 0 } : null;
  }
  const previous = rendered[located.after - 1];
  return previous ? { block: previous.index, offset: Number.MAX_SAFE_INTEGER } : null;
}

/**
 * The anchor of a selected range in a rendered chapter. A range that spills outside the story
 * blocks (into a chapter title, notes, the page around) is clipped to them; whitespace at its
 * edges is dropped. Null when no story text is inside it. A collapsed range gives a position.
 */
export function describeRange(range: AbstractRange, blocks: RenderedBlocks): TextAnchorV1 | null {
  const rendered: Rendered = [];
  for (let index = 0; index < blocks.blockCount; index++) {
    const element = blocks.element(index);
    if (element) rendered.push({ index, element });
  }
  if (rendered.length === 0) return null;
  let start: BlockPoint | null;
  let end: BlockPoint | null;
  try {
    const from = locate(rendered, range.startContainer, range.startOffset);
    const to = range.collapsed ? from : locate(rendered, range.endContainer, range.endOffset);
    start = clip(from, rendered, 'start');
    end = range.collapsed ? start : clip(to, rendered, 'end');
  } catch {
    return null; // A point in another document or shadow tree: nothing of ours is selected.
  }
  if (!start || !end) return null;
  const texts = Array.from({ length: blocks.blockCount }, (_, i) => blocks.text(i));
  const chapter = chapterText(texts);
  const { text } = chapter;
  let s = graphemeStart(text, toChapterOffset(chapter, start));
  let e = graphemeEnd(text, toChapterOffset(chapter, end));
  if (range.collapsed) return anchorAt(blocks.chapterId, chapter, s, s);
  [s, e] = trimmed(text, s, e);
  return s < e ? anchorAt(blocks.chapterId, chapter, s, e) : null;
}
