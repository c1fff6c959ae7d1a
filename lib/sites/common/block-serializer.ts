import type { ReadBlocksOptions } from './block-types';
import { follow, pathTo } from './container-walk';
import { isElement, isText } from './dom';
import { escapeHtml } from './text';

/** A node as HTML and as plain text. */
export interface Serialized {
  html: string;
  text: string;
}

/**
 * Serializes top-level nodes of a text container. The live page is never changed: a node that
 * holds something to drop or to rewrite is copied into an inert document (nothing in it loads or
 * runs), rewritten, cleaned and serialized; the others are serialized as they are.
 */
export function createSerializer(options: ReadBlocksOptions) {
  let inert: Document | undefined;
  return (node: Node, toRemove: readonly Element[]): Serialized => {
    if (isText(node)) {
      const text = node.textContent ?? '';
      return { html: escapeHtml(text), text };
    }
    const el = node as Element;
    const needsRewrite =
      options.rewrite &&
      options.rewriteSelector &&
      (el.matches(options.rewriteSelector) || el.querySelector(options.rewriteSelector) !== null);
    if (toRemove.length === 0 && !needsRewrite) {
      return { html: el.outerHTML, text: el.textContent ?? '' };
    }
    inert ??= el.ownerDocument.implementation.createHTMLDocument('');
    let copy = inert.importNode(el, true);
    // Resolved before the rewrite moves anything; removed after it has read what it needs.
    const targets = toRemove.map((r) => follow(copy, pathTo(r, el)));
    if (needsRewrite) {
      const replaced = options.rewrite?.(copy);
      if (isElement(replaced as Node | undefined)) copy = replaced as Element;
    }
    for (const target of targets) (target as ChildNode | undefined)?.remove();
    return { html: copy.outerHTML, text: copy.textContent ?? '' };
  };
}
