import type { UntrustedHtml } from '../types';
import { isElement, isText } from './dom';
import { hiddenElementsIn } from './hidden';
import { countWords, escapeHtml } from './text';

/**
 * Reads a story's text container into top-level blocks: one HTML string per paragraph, scene
 * break, image or work-skin box. Loose text and inline runs become paragraphs (split where the
 * author used <br><br>). The live page is never changed: a block that holds something to drop is
 * cloned and cleaned; the rest are serialized as they are.
 */

/** Dropped wherever they appear in story text: not text, or not safe to keep. */
const ALWAYS_DROP =
  'script, style, noscript, template, iframe, frame, object, embed, form, input, button, select, textarea, link, meta';

const INLINE = new Set([
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
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
const CONTENTFUL = 'img, hr, picture, video, audio, table';

/** How to read one site's text. */
export interface ReadBlocksOptions {
  /** Site chrome inside the text to drop (headings for screen readers, ads...). */
  drop?: string;
  /** Selectors the page's stylesheets hide (see hiddenSelectors). */
  hiddenSelectors?: readonly string[];
  /** Elements that need `rewrite` (lazy images, spoilers); others are serialized as they are. */
  rewriteSelector?: string;
  /** Rewrites a cloned block in place before it is serialized. */
  rewrite?: (block: Element) => void;
}

/** A chapter's text as blocks. */
export interface BlockText {
  blocks: UntrustedHtml[];
  /** Plain text of each block, for word counts and for recognising notes in the text. */
  texts: string[];
  words: number;
  /** False when the document is still loading inside the container (the last block may be cut). */
  complete: boolean;
}

/** True while the HTML parser may still be adding nodes inside `el`. */
export function isStillParsing(el: Element): boolean {
  if (el.ownerDocument.readyState !== 'loading') return false;
  for (let node: Node | null = el; node && node !== el.ownerDocument; node = node.parentNode) {
    if (node.nextSibling) return false;
  }
  return true;
}

function isBlank(node: Node): boolean {
  return isText(node) && !/\S/.test(node.textContent ?? '');
}

/** Descends through attribute-less wrappers that hold all of the text. */
function unwrap(root: Element): Element {
  let container = root;
  for (;;) {
    const significant = Array.from(container.childNodes).filter(
      (n) => isElement(n) || (isText(n) && !isBlank(n)),
    );
    const only = significant[0];
    if (
      significant.length === 1 &&
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

function pathTo(node: Node, top: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node; n !== top && n.parentNode; n = n.parentNode) {
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  return path;
}

function follow(root: Node, path: number[]): Node | undefined {
  let node: Node | undefined = root;
  for (const i of path) node = node?.childNodes[i];
  return node;
}

/** Reads the blocks of a text container. */
export function readBlocks(root: Element, options: ReadBlocksOptions = {}): BlockText {
  const container = unwrap(root);
  const removed = hiddenElementsIn(container, options.hiddenSelectors ?? []);
  const dropSelector = options.drop ? `${ALWAYS_DROP}, ${options.drop}` : ALWAYS_DROP;
  for (const el of container.querySelectorAll(dropSelector)) removed.add(el);

  // For each top-level child, the descendants to remove from its clone.
  const dirty = new Map<Node, Element[]>();
  for (const el of removed) {
    let top: Node = el;
    while (top.parentNode && top.parentNode !== container) top = top.parentNode;
    if (top === el || !top.parentNode) continue;
    const list = dirty.get(top) ?? [];
    list.push(el);
    dirty.set(top, list);
  }

  const out: BlockText = { blocks: [], texts: [], words: 0, complete: true };

  const serialize = (node: Node): { html: string; text: string } => {
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
    const clone = el.cloneNode(true) as Element;
    const targets = (toRemove ?? []).map((r) => follow(clone, pathTo(r, el)));
    for (const target of targets) (target as ChildNode | undefined)?.remove();
    if (needsRewrite) options.rewrite?.(clone);
    return { html: clone.outerHTML, text: clone.textContent ?? '' };
  };

  const push = (html: string, text: string, contentful: boolean) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean && !contentful) return;
    out.blocks.push(html);
    out.texts.push(clean);
    out.words += countWords(clean);
  };

  // Loose text and inline elements between blocks: paragraphs split at <br><br>.
  let run: Node[] = [];
  const flush = () => {
    let parts: Node[] = [];
    let breaks: Node[] = [];
    const emit = () => {
      const pieces = parts.map(serialize);
      const contentful = parts.some(
        (n) => isElement(n) && (n.matches(CONTENTFUL) || n.querySelector(CONTENTFUL) !== null),
      );
      push(
        `<p>${pieces.map((p) => p.html).join('')}</p>`,
        pieces.map((p) => p.text).join(''),
        contentful,
      );
      parts = [];
    };
    for (const node of run) {
      if (isElement(node) && node.tagName === 'BR') {
        breaks.push(node);
        continue;
      }
      if (isBlank(node)) {
        if (breaks.length === 0) parts.push(node);
        continue;
      }
      if (breaks.length >= 2) emit();
      else parts.push(...breaks);
      breaks = [];
      parts.push(node);
    }
    if (parts.length > 0) emit();
    run = [];
  };

  let nodes = Array.from(container.childNodes);
  if (isStillParsing(container)) {
    // The parser may be in the middle of the last node: leave it for the next read.
    out.complete = false;
    nodes = nodes.slice(0, -1);
  }
  for (const node of nodes) {
    if (isText(node)) {
      run.push(node);
    } else if (isElement(node) && !removed.has(node)) {
      if (INLINE.has(node.tagName)) {
        run.push(node);
      } else {
        flush();
        const { html, text } = serialize(node);
        push(html, text, node.matches(CONTENTFUL) || node.querySelector(CONTENTFUL) !== null);
      }
    }
  }
  flush();
  return out;
}
