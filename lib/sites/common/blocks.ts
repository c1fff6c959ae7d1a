import { ambient } from './block-cache';
import { createSerializer, removedIn } from './block-serializer';
import type { BlockText, ReadBlock, ReadBlocksOptions } from './block-types';
import { INLINE, isBlank, isStillParsing, unwrap } from './container-walk';
import { isElement, isText } from './dom';
import { countWords } from './text';

/**
 * Reads a story's text container into top-level blocks: one HTML string per paragraph, scene
 * break, image or work-skin box. Loose text and inline runs become paragraphs (split where the
 * author used <br><br>). The live page is never changed (see block-serializer).
 */

export type { BlockText, ReadBlock, ReadBlocksOptions } from './block-types';
export { readWithCache } from './block-cache';
export { isStillParsing } from './container-walk';

const CONTENTFUL = 'img, hr, picture, video, audio, table';
const showsSomething = (n: Node) =>
  isElement(n) && (n.matches(CONTENTFUL) || n.querySelector(CONTENTFUL) !== null);

/** Reads the blocks of a text container. */
export function readBlocks(root: Element, options: ReadBlocksOptions = {}): BlockText {
  // A container the parser has finished with reads the same every time: read it once.
  const texts = options.cache ? undefined : ambient().texts;
  const done = texts?.get(root);
  if (done) return done;
  const result = readContainer(root, options);
  if (texts && result.complete) texts.set(root, result);
  return result;
}

function readContainer(root: Element, options: ReadBlocksOptions): BlockText {
  const context = ambient();
  const cache = options.cache ?? context.cache;
  const container = unwrap(root);
  const removed = removedIn(container, options);
  const serialize = createSerializer(container, removed, options);
  const out: BlockText = { blocks: [], texts: [], counts: [], words: 0, complete: true };

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
  const emit = (nodes: Node[]) => {
    const first = nodes[0];
    if (!first) return;
    // A paragraph of loose text is cached under its first node.
    const block = cached(first, () => {
      const pieces = nodes.map(serialize);
      const html = pieces
        .map((p) => p.html)
        .join('')
        .trim();
      return toBlock(`<p>${html}</p>`, pieces.map((p) => p.text).join(''), () =>
        nodes.some(showsSomething),
      );
    });
    if (block) push(block);
  };
  const flush = () => {
    let parts: Node[] = [];
    let breaks: Node[] = [];
    for (const node of run) {
      if (isElement(node) && node.tagName === 'BR') {
        breaks.push(node);
        continue;
      }
      if (isBlank(node)) {
        if (breaks.length === 0) parts.push(node);
        continue;
      }
      if (breaks.length >= 2) {
        emit(parts);
        parts = [];
      } else parts.push(...breaks);
      breaks = [];
      parts.push(node);
    }
    if (parts.length > 0) emit(parts);
    run = [];
  };

  let nodes = Array.from(container.childNodes);
  if (isStillParsing(container)) {
    // The parser may be in the middle of the last node: leave it for the next read.
    out.complete = false;
    nodes = nodes.slice(0, -1);
  }
  for (const node of nodes) {
    if (!cache?.has(node) && context.outOfTime()) {
      // Out of time: the rest waits for the next read, which resumes from the cache.
      out.complete = false;
      context.cutShort();
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
          return toBlock(html, text, () => showsSomething(node));
        });
        if (block) push(block);
      }
    }
  }
  // While the page is loading, loose text at the end may still grow: it waits for the next read.
  if (out.complete) flush();
  return out;
}
