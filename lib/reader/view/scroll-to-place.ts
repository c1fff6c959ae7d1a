import { blockText } from '../../anchoring/block-text';
import type { RendererRegistry } from '../renderer-registry';

/** A place in the text: a block of a chapter and a character in it. */
export interface TextPlace {
  chapterId: string;
  block: number;
  offset: number;
}

/** The on-screen box of the line holding character `offset` of a rendered block. */
function lineBox(element: Element, offset: number): DOMRect {
  const text = blockText(element);
  const doc = element.ownerDocument;
  const range = doc.createRange();
  const start = text.toDom(Math.min(offset, text.text.length), 'start');
  range.setStart(start.node, start.offset);
  const end = text.toDom(Math.min(offset + 1, text.text.length), 'end');
  range.setEnd(end.node, end.offset);
  return range.getClientRects()[0] ?? element.getBoundingClientRect();
}

/**
 * Scrolls so the line holding a place is the first line at the top of the reader: the inverse
 * of taking a position (the first line at the top is where a position is taken). The block is
 * rendered and woken first (`whenRendered`).
 */
export async function scrollToPlace(
  scroller: HTMLElement,
  registry: RendererRegistry,
  place: TextPlace,
): Promise<void> {
  const element = await registry.whenRendered(place.chapterId, place.block);
  const top = scroller.getBoundingClientRect().top;
  scroller.scrollTop += lineBox(element, place.offset).top - top;
}

/**
 * The offset (in the block's normalised text) of the first character whose line reaches below
 * `y`: the start of the first line visible at `y`. Characters come in reading order and their
 * lines go down the page, so a binary search over their boxes finds it in a dozen measurements.
 * Layout only, no hit-testing: right after a scroll, text in chunks the browser has not yet
 * counted as on screen cannot be hit-tested, but it can be measured.
 */
export function lineStartAt(element: Element, y: number): number {
  const text = blockText(element);
  const length = text.text.length;
  if (length === 0 || element.getBoundingClientRect().top >= y) return 0;
  const doc = element.ownerDocument;
  const bottomOf = (offset: number) => {
    const range = doc.createRange();
    const start = text.toDom(offset, 'start');
    const end = text.toDom(offset + 1, 'end');
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const rects = range.getClientRects();
    return rects.length > 0
      ? (rects[rects.length - 1]?.bottom ?? 0)
      : range.getBoundingClientRect().bottom;
  };
  // The block's box reaches below the line but its text does not (the space under its last
  // line): the first line at the top is the next block's.
  if (bottomOf(length - 1) <= y) return -1;
  let lo = 0;
  let hi = length - 1;
  let found = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bottomOf(mid) > y) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  // The space where a line wraps hangs at the end of the line before: the line starts after it.
  while (text.text[found] === ' ' && found < length - 1) found++;
  return found;
}
