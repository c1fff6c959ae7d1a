import { blockText, type BlockText } from './block-text';
import { graphemeEnd, graphemeStart } from './graphemes';
import type { BlockPoint, RenderedBlocks } from './types';

/**
 * Place -> DOM Range over the rendered block elements: the last step before drawing (the CSS
 * Custom Highlight API takes these ranges; the story's DOM is never changed). A range may span
 * several blocks, across a scene break or an image. Ends that would cut a character (an emoji's
 * surrogate pair, a letter and its combining accent) are moved outward to its edges.
 */

/** A place to draw: start and end block points. */
export type Place = { start: BlockPoint; end: BlockPoint };

/** A range over rendered blocks for a resolved place, or null while one of its blocks is not rendered. */
export function toRange(
  place: Place,
  blocks: Pick<RenderedBlocks, 'element'>,
  doc: Document,
): Range | null {
  return toRanges([place], blocks, doc)[0] ?? null;
}

/**
 * Ranges for many places at once (the every-mention lens: 2,000 of them), reading each block's
 * text map once however many places it holds. Null for a place whose blocks are not rendered.
 */
export function toRanges(
  places: readonly Place[],
  blocks: Pick<RenderedBlocks, 'element'>,
  doc: Document,
): (Range | null)[] {
  const texts = new Map<Element, BlockText>();
  const textOf = (element: Element) => {
    let text = texts.get(element);
    if (!text) texts.set(element, (text = blockText(element)));
    return text;
  };
  return places.map((place) => {
    const startElement = blocks.element(place.start.block);
    const endElement = blocks.element(place.end.block);
    if (!startElement || !endElement) return null;
    const first = textOf(startElement);
    const last = textOf(endElement);
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
  });
}
