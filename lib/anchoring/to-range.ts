import { blockText } from './block-text';
import { graphemeEnd, graphemeStart } from './graphemes';
import type { BlockPoint, RenderedBlocks } from './types';

/**
 * Place -> DOM Range over the rendered block elements: the last step before drawing (the CSS
 * Custom Highlight API takes these ranges; the story's DOM is never changed). A range may span
 * several blocks, across a scene break or an image. Ends that would cut a character (an emoji's
 * surrogate pair, a letter and its combining accent) are moved outward to its edges.
 */

/** A range over rendered blocks for a resolved place, or null while one of its blocks is not rendered. */
export function toRange(
  place: { start: BlockPoint; end: BlockPoint },
  blocks: Pick<RenderedBlocks, 'element'>,
  doc: Document,
): Range | null {
  const startElement = blocks.element(place.start.block);
  const endElement = blocks.element(place.end.block);
  if (!startElement || !endElement) return null;
  const first = blockText(startElement);
  const last = endElement === startElement ? first : blockText(endElement);
  const clamp = (offset: number, text: string) => Math.max(0, Math.min(offset, text.length));
  const startOffset = graphemeStart(first.text, clamp(place.start.offset, first.text));
  const collapsed =
    place.start.block === place.end.block && place.start.offset === place.end.offset;
  const from = first.toDom(startOffset, 'start');
  const to = collapsed
    ? from
    : last.toDom(graphemeEnd(last.text, clamp(place.end.offset, last.text)), 'end');
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
