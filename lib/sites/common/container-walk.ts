import { isElement, isText } from './dom';

/** How the block reader walks a text container: what is inline, what wraps, what is done. */

/** Inline elements: they run together with loose text into a paragraph. */
export const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'BR',
  'CITE',
  'CODE',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'MARK',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
/** Plain wrappers the reader looks through when they hold all of the text. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
/** True while the HTML parser may still be adding nodes inside `el`. */
export function isStillParsing(el: Element): boolean {
  if (el.ownerDocument.readyState !== 'loading') return false;
  for (let node: Node | null = el; node && node !== el.ownerDocument; node = node.parentNode) {
    if (node.nextSibling) return false;
  }
  return true;
}

/** A text node with nothing but whitespace. */
export function isBlank(node: Node): boolean {
  return isText(node) && !/\S/.test(node.textContent ?? '');
}

/** Descends through attribute-less wrappers that hold all of the text. */
export function unwrap(root: Element): Element {
  let container = root;
  for (;;) {
    // The only significant child, if there is exactly one (stops looking at the second).
    let only: Node | null = null;
    let count = 0;
    for (let n = container.firstChild; n && count < 2; n = n.nextSibling) {
      if (isElement(n) || (isText(n) && !isBlank(n))) {
        only = n;
        count++;
      }
    }
    if (
      count === 1 &&
      isElement(only) &&
      WRAPPERS.has(only.tagName) &&
      only.attributes.length === 0
    ) {
      container = only;
    } else {
      return container;
    }
  }
}

/** The child indexes from `top` down to `node`. */
export function pathTo(node: Node, top: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node; n !== top && n.parentNode; n = n.parentNode) {
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  return path;
}

/** The node at a path of child indexes below `root`. */
export function follow(root: Node, path: number[]): Node | undefined {
  let node: Node | undefined = root;
  for (const i of path) node = node?.childNodes[i];
  return node;
}
