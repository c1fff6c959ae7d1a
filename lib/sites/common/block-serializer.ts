import type { ReadBlocksOptions } from './block-types';
import { follow, pathTo } from './container-walk';
import { isElement, isText } from './dom';
import { hiddenElementsIn } from './hidden';
import { escapeHtml } from './text';

/** Dropped wherever they appear in story text: not text, or not safe to keep. */
const ALWAYS_DROP =
  'script, style, noscript, template, iframe, frame, object, embed, form, input, button, select, textarea, link, meta';

/** What a text container holds that must not reach the reader. */
export function removedIn(container: Element, options: ReadBlocksOptions): Set<Element> {
  const removed = hiddenElementsIn(container, options.hiddenSelectors ?? []);
  if (options.reveal) {
    for (const el of removed) if (el.matches(options.reveal)) removed.delete(el);
  }
  const dropSelector = options.drop ? `${ALWAYS_DROP}, ${options.drop}` : ALWAYS_DROP;
  for (const el of container.querySelectorAll(dropSelector)) removed.add(el);
  return removed;
}

/**
 * Serializes the top-level nodes of a container. The live page is never changed: a block that
 * holds something to drop or to rewrite is copied into an inert document (nothing in it loads or
 * runs), rewritten, cleaned and serialized; the others are serialized as they are.
 */
export function createSerializer(
  container: Element,
  removed: Set<Element>,
  options: ReadBlocksOptions,
) {
  // For each top-level child, the descendants to remove from its copy.
  const dirty = new Map<Node, Element[]>();
  for (const el of removed) {
    let top: Node = el;
    while (top.parentNode && top.parentNode !== container) top = top.parentNode;
    if (top === el || !top.parentNode) continue;
    const list = dirty.get(top) ?? [];
    list.push(el);
    dirty.set(top, list);
  }
  let inert: Document | undefined;

  return (node: Node): { html: string; text: string } => {
    if (isText(node)) {
      const text = node.textContent ?? '';
      return { html: escapeHtml(text), text };
    }
    const el = node as Element;
    const toRemove = dirty.get(el);
    const needsRewrite =
      options.rewrite &&
      options.rewriteSelector &&
      (el.matches(options.rewriteSelector) || el.querySelector(options.rewriteSelector) !== null);
    if (!toRemove && !needsRewrite) return { html: el.outerHTML, text: el.textContent ?? '' };
    inert ??= el.ownerDocument.implementation.createHTMLDocument('');
    let copy = inert.importNode(el, true);
    // Resolved before the rewrite moves anything; removed after it has read what it needs.
    const targets = (toRemove ?? []).map((r) => follow(copy, pathTo(r, el)));
    if (needsRewrite) {
      const replaced = options.rewrite?.(copy);
      if (isElement(replaced as Node | undefined)) copy = replaced as Element;
    }
    for (const target of targets) (target as ChildNode | undefined)?.remove();
    return { html: copy.outerHTML, text: copy.textContent ?? '' };
  };
}
