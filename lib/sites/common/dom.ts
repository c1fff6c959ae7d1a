/**
 * DOM helpers that do not use the page's globals (Node, Element...), so the same code runs in the
 * browser and under Node with jsdom (the CLI and the corpus check).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True for element nodes. */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** True for text nodes. */
export function isText(node: Node | null | undefined): node is Text {
  return node?.nodeType === TEXT_NODE;
}
