import { isElement, isText } from '../sites/common/dom';
import { domOffsetOf, firstTextAtOrAfter, type DomPoint } from './dom-point';

/**
 * A rendered block's normalised text and the map between its offsets and DOM points. Whitespace
 * runs become one space; `<br>` and the edges of nested block elements (a work skin's chat lines
 * in a `<div>`) count as whitespace, so their words do not run together. Built with a TreeWalker
 * from the element's own document: no page globals, so it runs in jsdom too.
 */

export type { DomPoint } from './dom-point';

/** A block's normalised text with its DOM map. */
export interface BlockText {
  readonly text: string;
  /**
   * The DOM point of a normalised offset. `start` gives the point before the character at
   * `offset`, `end` the point after the character before it: a range from one to the other holds
   * exactly the normalised characters between, without the whitespace around them.
   */
  toDom(offset: number, side: 'start' | 'end'): DomPoint;
  /** The normalised offset of a DOM point in (or at the edge of) the block. */
  fromDom(node: Node, offset: number): number;
}

// Elements whose edges separate words the way whitespace does.
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const WHITESPACE = /\s/;

function blockOf(node: Node, root: Element): Node {
  let at = node.parentNode;
  while (at && at !== root && !(isElement(at) && BLOCK_TAGS.has(at.tagName.toUpperCase()))) {
    at = at.parentNode;
  }
  return at ?? root;
}

/** Reads a block element's normalised text and builds its offset map. */
export function blockText(root: Element): BlockText {
  const nodes: Text[] = [];
  const chars: string[] = [];
  // For each normalised character: its text node (index into nodes), offset there, DOM length
  // (0 for a space that stands for a <br> or a block edge with no whitespace character).
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const lengthOf: number[] = [];
  let space: { node: number; offset: number; length: number } | null = null;
  let lastBlock: Node | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isElement(node)) {
      if (node.tagName.toUpperCase() === 'BR') space ??= { node: -1, offset: 0, length: 0 };
      continue;
    }
    if (!isText(node)) continue;
    const block = blockOf(node, root);
    if (lastBlock && block !== lastBlock) space ??= { node: -1, offset: 0, length: 0 };
    lastBlock = block;
    const index = nodes.push(node) - 1;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const char = data.charAt(i);
      if (WHITESPACE.test(char)) {
        if (!space || space.node < 0) space = { node: index, offset: i, length: 1 };
        continue;
      }
      if (space && chars.length > 0) {
        // A space with no whitespace character of its own sits right after the previous
        // character: a point at the end of one line and one at the start of the next then map
        // to the two sides of it.
        const synthetic = space.node < 0;
        const previous = chars.length - 1;
        chars.push(' ');
        nodeOf.push(synthetic ? (nodeOf[previous] ?? index) : space.node);
        offsetOf.push(synthetic ? (offsetOf[previous] ?? 0) + 1 : space.offset);
        lengthOf.push(space.length);
      }
      space = null;
      chars.push(char);
      nodeOf.push(index);
      offsetOf.push(i);
      lengthOf.push(1);
    }
  }
  const text = chars.join('');

  // The DOM point before (or after) normalised character `char`.
  function pointAt(char: number, after: boolean): DomPoint {
    const node = nodes[nodeOf[char] ?? 0] ?? root;
    const offset = (offsetOf[char] ?? 0) + (after ? (lengthOf[char] ?? 0) : 0);
    return { node, offset };
  }

  function toDom(offset: number, side: 'start' | 'end'): DomPoint {
    const at = Math.max(0, Math.min(offset, text.length));
    if (text.length === 0) {
      return { node: root, offset: side === 'start' ? 0 : root.childNodes.length };
    }
    if (at === 0 || (side === 'start' && at < text.length)) {
      return pointAt(Math.min(at, text.length - 1), false);
    }
    return pointAt(at - 1, true);
  }

  function fromDom(node: Node, offset: number): number {
    const key = domOffsetOf(nodes, node, offset) ?? firstTextAtOrAfter(nodes, node, offset);
    // The number of characters strictly before the point: the first at or after it.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const n = nodeOf[mid] ?? 0;
      if (n < key.node || (n === key.node && (offsetOf[mid] ?? 0) < key.offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return { text, toDom, fromDom };
}
