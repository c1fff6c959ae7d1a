import { sanitize } from '../sanitize';
import { isSeparator } from '../sites/common/notes-in-text';
import { countWords } from '../sites/common/text';
import { isAwakeGroup, sleep, wake } from './chunk-waker';
import { HOLD_BACK } from './streaming-policy';
import type { UntrustedHtml } from '../sites/types';

/**
 * Renders one chapter's blocks into its text element, a group at a time. Blocks are sanitized in
 * groups (one DOMPurify pass per group, falling back to one per block when the counts disagree)
 * and appended inside chunk elements styled `content-visibility: auto`, so the browser lays out
 * only what is near the screen and a 500,000-word work costs about what a short one does.
 */

/** Blocks per chunk element: the unit the browser skips when off screen. */
export const CHUNK_BLOCKS = 24;
/**
 * Chunks per group. Groups are `content-visibility: auto` too, so on a chapter of 50,000
 * paragraphs the browser tracks about 130 groups rather than 2,000 chunks: with every chunk at
 * the top level, each frame's visibility and paint bookkeeping took 35-70 ms (issue 7).
 */
export const GROUP_CHUNKS = 16;
export { HOLD_BACK } from './streaming-policy';

/** A chapter's text being rendered. Block i rendered is block i of the chapter. */
export class TextRenderer {
  private readonly elements: Element[] = [];
  /** Each rendered block's index, for finding the block at a point. */
  private readonly indexes = new WeakMap<Element, number>();
  /** Words before each rendered block (prefix sums), and in all of them. */
  private readonly before: number[] = [];
  private words = 0;
  private blocks: readonly UntrustedHtml[] = [];
  private complete = false;
  private chunk: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly baseUrl: string,
    /** Estimated height of one word in px, for the size of chunks not laid out yet. */
    private readonly pxPerWord: () => number = () => 2.2,
    /** Receives each new group of sleeping chunks (see chunk-waker); without it they wake. */
    private readonly onGroup?: (group: HTMLElement) => void,
    /** Told after each batch of blocks is rendered: [from, to). */
    private readonly onRendered?: (from: number, to: number) => void,
  ) {}

  /** The first chunk of the first screen is shown at once; later ones start asleep. */
  private awakeChunks = 1;

  /** Gives the renderer the chapter's blocks so far (a later list extends an earlier one). */
  setBlocks(blocks: readonly UntrustedHtml[], complete: boolean): void {
    this.blocks = blocks;
    this.complete = complete;
  }

  /** How many blocks may be shown now. */
  private get target(): number {
    return this.complete ? this.blocks.length : Math.max(0, this.blocks.length - HOLD_BACK);
  }

  /** Blocks rendered so far. */
  get rendered(): number {
    return this.elements.length;
  }

  /** Blocks waiting to be rendered. */
  get pending(): number {
    return Math.max(0, this.target - this.elements.length);
  }

  /** True once the whole chapter is on the page. */
  get done(): boolean {
    return this.complete && this.elements.length >= this.blocks.length;
  }

  /** The element of rendered block `block`, if it is rendered. */
  elementAt(block: number): Element | undefined {
    return this.elements[block];
  }

  /** The index of a rendered block element (or of the block holding `node`). */
  indexOf(node: Node): number | undefined {
    for (let n: Node | null = node; n && n !== this.container; n = n.parentNode) {
      const i = this.indexes.get(n as Element);
      if (i !== undefined) return i;
    }
    return undefined;
  }

  /** Words in the rendered blocks before `block`. */
  wordsBefore(block: number): number {
    return block >= this.elements.length ? this.words : (this.before[block] ?? 0);
  }

  /** Words in rendered block `block`. */
  wordsIn(block: number): number {
    return this.wordsBefore(block + 1) - this.wordsBefore(block);
  }

  /** Wakes the chunk holding rendered block `block` (and its group), so it can be shown. */
  wakeAt(block: number): void {
    const chunk = this.elements[block]?.parentElement;
    if (!chunk) return;
    const group = chunk.parentElement;
    if (group) for (const c of group.children) wake(c);
    group?.classList.add('fr-awake');
  }

  /** Starts every chunk asleep, the first one too (a chapter further down the page). */
  sleepAll(): void {
    this.awakeChunks = 0;
  }

  /** Renders up to `max` more blocks now; returns how many it rendered. */
  renderSome(max: number = CHUNK_BLOCKS): number {
    const start = this.elements.length;
    const end = Math.min(this.target, start + max);
    if (end <= start) return 0;
    const group = this.blocks.slice(start, end);
    for (const element of this.sanitizeGroup(group)) this.append(element);
    this.sizeChunk();
    this.onRendered?.(start, end);
    return end - start;
  }

  private sanitizeGroup(group: readonly UntrustedHtml[]): Element[] {
    const fragment = sanitize(group.join(''), this.baseUrl);
    const children = Array.from(fragment.childNodes);
    if (children.length === group.length && children.every((n) => n.nodeType === 1)) {
      return children as Element[];
    }
    // The sanitizer removed or split a block: do them one by one so indexes stay exact.
    return group.map((html) => {
      const one = sanitize(html, this.baseUrl);
      const only = one.childNodes.length === 1 ? one.firstChild : null;
      if (only && only.nodeType === 1) return only as Element;
      const wrapper = this.container.ownerDocument.createElement('div');
      wrapper.append(one);
      return wrapper;
    });
  }

  private chunkWords = 0;
  private group: HTMLElement | null = null;
  /** Estimated heights of the current group's chunks before the current one. */
  private groupPx = 0;

  private append(element: Element): void {
    if (!this.chunk || this.chunk.childElementCount >= CHUNK_BLOCKS) {
      this.sizeChunk();
      const doc = this.container.ownerDocument;
      if (!this.group || this.group.childElementCount >= GROUP_CHUNKS) {
        this.group = doc.createElement('div');
        this.group.className = 'fr-group';
        this.groupPx = 0;
        this.container.append(this.group);
        if (this.onGroup) this.onGroup(this.group);
      } else {
        this.groupPx += this.chunkPx();
      }
      this.chunk = doc.createElement('div');
      this.chunk.className = 'fr-chunk';
      this.chunkWords = 0;
      if (this.onGroup && this.awakeChunks-- <= 0 && !isAwakeGroup(this.group)) sleep(this.chunk);
      this.group.append(this.chunk);
    }
    const text = element.textContent ?? '';
    const words = countWords(text);
    if (element.tagName === 'HR' || (words < 6 && isSeparator(text, element.tagName))) {
      element.classList.add('fr-break');
    }
    this.chunk.append(element);
    this.indexes.set(element, this.elements.length);
    this.elements.push(element);
    this.before.push(this.words);
    this.words += words;
    this.chunkWords += words;
  }

  /**
   * Until the browser lays a chunk out (content-visibility skips it off screen), it takes the
   * height its words would fill as an estimate. Set once per group, not per block: each change
   * of a style is work for the browser.
   */
  private sizeChunk(): void {
    if (!this.chunk) return;
    const px = this.chunkPx();
    this.chunk.style.containIntrinsicSize = `auto ${px}px`;
    if (this.group) this.group.style.containIntrinsicSize = `auto ${this.groupPx + px}px`;
  }

  private chunkPx(): number {
    if (!this.chunk) return 0;
    return Math.round(this.chunkWords * this.pxPerWord() + this.chunk.childElementCount * 16);
  }

  /**
   * The index of the first rendered block whose bottom is below `y` (a viewport coordinate),
   * or null before anything is rendered. Only the group, chunk and blocks on the way are
   * measured: the rest are not laid out and must not be forced to be.
   */
  blockAt(y: number): number | null {
    const group = pick(this.container.children, y);
    const chunk = group && pick(group.children, y);
    const block = chunk && pick(chunk.children, y);
    return block ? (this.indexes.get(block) ?? null) : null;
  }
}

/** The first of `elements` whose bottom is below `y`, else the last (binary search). */
function pick(elements: HTMLCollection, y: number): Element | null {
  let lo = 0;
  let hi = elements.length - 1;
  let found = elements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((elements[mid]?.getBoundingClientRect().bottom ?? 0) > y) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return elements[found] ?? null;
}
