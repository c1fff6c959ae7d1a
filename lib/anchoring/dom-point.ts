import { isText } from '../sites/common/dom';

/** A boundary point in the DOM, as a Range takes it: a container node and an offset in it. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** A point in text-node order: index into a block's text nodes and offset in that node. */
export interface TextKey {
  node: number;
  offset: number;
}

const FOLLOWING = 0x04;
const CONTAINED_BY = 0x10;

/** The key of a point whose container is one of the block's text nodes, else null. */
export function domOffsetOf(nodes: readonly Text[], node: Node, offset: number): TextKey | null {
  if (!isText(node)) return null;
  const index = nodes.indexOf(node);
  return index < 0 ? null : { node: index, offset: Math.min(offset, node.data.length) };
}

/**
 * The key of any other point: the first of the block's text nodes at or after it, offset 0
 * (`nodes.length` when none is). An element point (container, k) lies before child k, or after
 * the container's contents when k is its child count; a point in a text or comment node we do
 * not index lies before it at offset 0 and after it otherwise.
 */
export function firstTextAtOrAfter(
  nodes: readonly Text[],
  container: Node,
  offset: number,
): TextKey {
  const hasChildren =
    container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11;
  const child = hasChildren ? container.childNodes[offset] : undefined;
  const ref = child ?? container;
  const afterRef = !child && (hasChildren || offset > 0);
  const atOrAfter = (text: Text): boolean => {
    if (text === ref) return !afterRef;
    const relation = ref.compareDocumentPosition(text);
    if (!(relation & FOLLOWING)) return false;
    return !afterRef || !(relation & CONTAINED_BY);
  };
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const text = nodes[mid];
    if (!text || atOrAfter(text)) hi = mid;
    else lo = mid + 1;
  }
  return { node: lo, offset: 0 };
}
