import { isText } from '../../sites/common/dom';

/**
 * Test helper: a DOM Range built from raw DOM text (textContent offsets), independently of the
 * module's own offset map, so round-trip tests do not check the map against itself.
 */

/** The DOM point at raw textContent offset `offset` of `element`. */
export function rawPoint(element: Node, offset: number): { node: Node; offset: number } {
  const doc = element.ownerDocument ?? (element as Document);
  const walker = doc.createTreeWalker(element, 0x4);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node)) continue;
    if (left <= node.data.length) return { node, offset: left };
    left -= node.data.length;
    last = node;
  }
  if (last) return { node: last, offset: last.data.length };
  return { node: element, offset: 0 };
}

/**
 * A range from the start of `from[1]` in block element `from[0]` to the end of `to[1]` in
 * `to[0]` (first occurrences in each block's textContent; `to` defaults to `from`).
 */
export function selectText(
  doc: Document,
  from: [Element, string],
  to: [Element, string] = from,
): Range {
  const startAt = (from[0].textContent ?? '').indexOf(from[1]);
  const endAt = (to[0].textContent ?? '').indexOf(to[1]);
  if (startAt < 0 || endAt < 0) throw new Error(`not in the block: ${from[1]} / ${to[1]}`);
  const start = rawPoint(from[0], startAt);
  const end = rawPoint(to[0], endAt + to[1].length);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
