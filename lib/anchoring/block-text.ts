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
// Whitespace other than a plain space (newline, tab, NBSP...), each kept as one space.
const INNER_WHITESPACE = /[^\S ]/g;

function blockOf(node: Node, root: Element): Node {
  let at = node.parentNode;
  while (at && at !== root && !(isElement(at) && BLOCK_TAGS.has(at.tagName.toUpperCase()))) {
    at = at.parentNode;
  }
  return at ?? root;
}

/**
 * A run of normalised characters mapped linearly onto one text node: character `norm + j` is at
 * DOM offset `dom + j * step`. Step 0 is a space standing for a <br> or a block edge, placed
 * right after the previous character. Plain paragraphs are one run per text node, so building
 * the map is one regular-expression pass, not a loop over characters (2,000 mentions drawn).
 */
interface Run {
  node: number;
  dom: number;
  norm: number;
  length: number;
  step: 0 | 1;
}

// Text that is already normalised has none of these: a whitespace run, whitespace at an edge,
// or whitespace other than a plain space.
const NOT_NORMAL = /\s\s|^\s|\s$|[^\S ]/;

/**
 * The map of a block holding one text node whose text is already normalised (most paragraphs):
 * offsets are DOM offsets. Saves the general walk where thousands of blocks are mapped at once.
 */
function plainBlockText(root: Element, node: Text): BlockText {
  const text = node.data;
  return {
    text,
    toDom: (offset) => ({ node, offset: Math.max(0, Math.min(offset, text.length)) }),
    fromDom: (container, offset) => {
      if (container === node) return Math.max(0, Math.min(offset, text.length));
      return firstTextAtOrAfter([node], container, offset).node === 0 ? 0 : text.length;
    },
  };
}

/** Reads a block element's normalised text and builds its offset map. */
export function blockText(root: Element): BlockText {
  const only = root.firstChild;
  if (only && only === root.lastChild && isText(only) && only.data && !NOT_NORMAL.test(only.data)) {
    return plainBlockText(root, only);
  }
  const nodes: Text[] = [];
  const runs: Run[] = [];
  const parts: string[] = [];
  let length = 0;
  const emit = (node: number, dom: number, part: string, step: 0 | 1) => {
    const last = runs[runs.length - 1];
    const continues = last && last.node === node && last.step === 1 && step === 1;
    if (continues && last.dom + last.length === dom && last.norm + last.length === length) {
      last.length += part.length;
    } else runs.push({ node, dom, norm: length, length: part.length, step });
    parts.push(part);
    length += part.length;
  };
  // A pending space: a whitespace character (node, dom), or a <br> / block edge (node -1).
  let space: { node: number; dom: number } | null = null;
  let previous = { node: 0, end: 0 };
  let lastBlock: Node | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isElement(node)) {
      if (node.tagName.toUpperCase() === 'BR') space ??= { node: -1, dom: 0 };
      continue;
    }
    if (!isText(node)) continue;
    const block = blockOf(node, root);
    if (lastBlock && block !== lastBlock) space ??= { node: -1, dom: 0 };
    lastBlock = block;
    const index = nodes.push(node) - 1;
    const data = node.data;
    // Only whitespace that breaks the one-to-one map: runs of two or more, and a character at
    // either end of the node (it may merge with the neighbour's). Single inner whitespace maps
    // one to one (as a space), so a plain paragraph is one pass of this expression.
    const breaks = /\s{2,}|^\s|\s$/g;
    for (let at = 0; ;) {
      const match = breaks.exec(data);
      const end = match ? match.index : data.length;
      if (end > at) {
        if (space && length > 0) {
          if (space.node < 0) emit(previous.node, previous.end, ' ', 0);
          else emit(space.node, space.dom, ' ', 1);
        }
        space = null;
        emit(index, at, data.slice(at, end).replace(INNER_WHITESPACE, ' '), 1);
        previous = { node: index, end };
      }
      if (!match) break;
      if (!space || space.node < 0) space = { node: index, dom: match.index };
      at = match.index + match[0].length;
    }
  }
  const text = parts.join('');

  /** The run holding normalised character `char`. */
  function runAt(char: number): Run {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[mid]?.norm ?? 0) <= char) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo] ?? { node: 0, dom: 0, norm: 0, length: 0, step: 0 };
  }

  function toDom(offset: number, side: 'start' | 'end'): DomPoint {
    const at = Math.max(0, Math.min(offset, text.length));
    if (text.length === 0) {
      return { node: root, offset: side === 'start' ? 0 : root.childNodes.length };
    }
    const before = at === 0 || (side === 'start' && at < text.length);
    const char = before ? Math.min(at, text.length - 1) : at - 1;
    const run = runAt(char);
    const dom = run.dom + (char - run.norm) * run.step + (before ? 0 : run.step);
    return { node: nodes[run.node] ?? root, offset: dom };
  }

  function fromDom(node: Node, offset: number): number {
    const key = domOffsetOf(nodes, node, offset) ?? firstTextAtOrAfter(nodes, node, offset);
    const startsBefore = (run: Run) =>
      run.node < key.node || (run.node === key.node && run.dom < key.offset);
    // The last run whose first character lies before the point; count what of it does.
    let lo = -1;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const run = runs[mid];
      if (run && startsBefore(run)) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo];
    if (!run) return 0;
    if (run.node < key.node || run.step === 0) return run.norm + run.length;
    return run.norm + Math.min(run.length, key.offset - run.dom);
  }

  return { text, toDom, fromDom };
}
