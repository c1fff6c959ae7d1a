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
  /**
   * Hidden elements to keep anyway: content the page hides behind a control (a spoiler box)
   * that the reader shows its own way (see `rewrite`).
   */
  reveal?: string;
  /** Elements that need `rewrite` (lazy images, spoilers); others are serialized as they are. */
  rewriteSelector?: string;
  /**
   * Rewrites a copy of a block before it is serialized, in place or by returning a replacement.
   * It runs before the drops, so it can still read what they remove (a spoiler's title sits in
   * its button). The copy lives in an inert document: setting an image's src loads nothing.
   */
  rewrite?: (block: Element) => unknown;
  /**
   * Blocks already read, by node: the streaming reader reads a growing page again and again,
   * and only new nodes cost anything. Valid for one page whose text is not edited meanwhile.
   */
  cache?: WeakMap<Node, ReadBlock>;
}

/** One block as read. */
export interface ReadBlock {
  html: UntrustedHtml;
  text: string;
  words: number;
}

/** A chapter's text as blocks. */
export interface BlockText {
  blocks: UntrustedHtml[];
  /** Plain text of each block (whitespace as in the page), for recognising notes in the text. */
  texts: string[];
  /** Words in each block. */
  counts: number[];
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

// The caches the streaming reader sets around a whole extraction (see readWithCache): blocks by
// node, whole texts by container once the parser has finished with them, and a time budget.
let ambientCache: WeakMap<Node, ReadBlock> | undefined;
let ambientTexts: WeakMap<Element, BlockText> | undefined;
let ambientDeadline = Infinity;
let cutShort = false;
const textCaches = new WeakMap<WeakMap<Node, ReadBlock>, WeakMap<Element, BlockText>>();

/**
 * Runs an extraction with a block cache and a deadline: every readBlocks call inside reuses
 * blocks read before, and stops reading new ones once `deadline` (a performance.now() time) has
 * passed, its text marked incomplete. Lets the streaming reader read a growing page in short
 * slices without every adapter passing these along. Says whether the deadline cut anything.
 */
export function readWithCache<T>(
  cache: WeakMap<Node, ReadBlock>,
  run: () => T,
  deadline = Infinity,
): { result: T; cutShort: boolean } {
  const previous = [ambientCache, ambientTexts, ambientDeadline, cutShort] as const;
  ambientCache = cache;
  ambientTexts = textCaches.get(cache) ?? new WeakMap();
  textCaches.set(cache, ambientTexts);
  ambientDeadline = deadline;
  cutShort = false;
  try {
    const result = run();
    return { result, cutShort };
  } finally {
    [ambientCache, ambientTexts, ambientDeadline, cutShort] = previous;
  }
}

/** Reads the blocks of a text container. */
export function readBlocks(root: Element, options: ReadBlocksOptions = {}): BlockText {
  // A container the parser has finished with reads the same every time: read it once.
  const texts = options.cache ? undefined : ambientTexts;
  const done = texts?.get(root);
  if (done) return done;
  const result = readContainer(root, options);
  if (texts && result.complete) texts.set(root, result);
  return result;
}

function readContainer(root: Element, options: ReadBlocksOptions): BlockText {
  const cache = options.cache ?? ambientCache;
  const container = unwrap(root);
  const removed = hiddenElementsIn(container, options.hiddenSelectors ?? []);
  if (options.reveal) for (const el of removed) if (el.matches(options.reveal)) removed.delete(el);
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

  const out: BlockText = { blocks: [], texts: [], counts: [], words: 0, complete: true };
  let inert: Document | undefined;

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
    // A copy in a document with no window: nothing in it loads or runs.
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

  const push = (block: ReadBlock) => {
    out.blocks.push(block.html);
    out.texts.push(block.text);
    out.counts.push(block.words);
    out.words += block.words;
  };
  // A block without text (spacer paragraphs) is kept only if it shows something.
  const toBlock = (html: string, text: string, contentful: () => boolean): ReadBlock | null => {
    const words = countWords(text);
    return words > 0 || /\S/.test(text) || contentful() ? { html, text, words } : null;
  };
  const cached = (node: Node, read: () => ReadBlock | null) => {
    const hit = cache?.get(node);
    if (hit) return hit;
    const block = read();
    if (block) cache?.set(node, block);
    return block;
  };

  // Loose text and inline elements between blocks: paragraphs split at <br><br>.
  let run: Node[] = [];
  const flush = () => {
    let parts: Node[] = [];
    let breaks: Node[] = [];
    const emit = () => {
      const nodes = parts;
      const first = nodes[0];
      if (!first) return;
      // A paragraph of loose text is cached under its first node.
      const block = cached(first, () => {
        const pieces = nodes.map(serialize);
        return toBlock(
          `<p>${pieces
            .map((p) => p.html)
            .join('')
            .trim()}</p>`,
          pieces.map((p) => p.text).join(''),
          () =>
            nodes.some(
              (n) =>
                isElement(n) && (n.matches(CONTENTFUL) || n.querySelector(CONTENTFUL) !== null),
            ),
        );
      });
      if (block) push(block);
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
    if (ambientDeadline !== Infinity && !cache?.has(node) && performance.now() > ambientDeadline) {
      // Out of time: the rest waits for the next read, which resumes from the cache.
      out.complete = false;
      cutShort = true;
      break;
    }
    if (isText(node)) {
      run.push(node);
    } else if (isElement(node) && !removed.has(node)) {
      if (INLINE.has(node.tagName)) {
        run.push(node);
      } else {
        flush();
        const block = cached(node, () => {
          const { html, text } = serialize(node);
          return toBlock(
            html,
            text,
            () => node.matches(CONTENTFUL) || node.querySelector(CONTENTFUL) !== null,
          );
        });
        if (block) push(block);
      }
    }
  }
  // While the page is loading, loose text at the end may still grow: it waits for the next read.
  if (out.complete) flush();
  return out;
}
