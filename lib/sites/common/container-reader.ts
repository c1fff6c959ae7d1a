import { createSerializer } from './block-serializer';
import type { BlockText, ReadBlocksOptions } from './block-types';
import { INLINE, isStillParsing } from './container-walk';
import { isElement, isText } from './dom';
import { ParagraphRun } from './paragraph-run';
import { flatParagraphs, isOversized } from './oversized';
import { createRemoval, type Removal } from './removal';
import { countWords } from './text';
import { WrapperSplit } from './wrapper-split';

// Blocks that show something without text: a player becomes a placeholder (see removal.ts).
const CONTENTFUL = 'img, hr, picture, video, audio, table, iframe, embed, object';
const showsSomething = (n: Node) =>
  isElement(n) && (n.matches(CONTENTFUL) || n.querySelector(CONTENTFUL) !== null);

/**
 * Reads one text container into blocks, continuing where the previous read stopped: the nodes
 * read before are never visited again, so each read costs what is new (issue 7: re-walking a
 * 6,000-paragraph chapter on every read outgrew the time budget and hung the tab).
 */
export class ContainerReader {
  private readonly blocks: string[] = [];
  private readonly texts: string[] = [];
  private readonly counts: number[] = [];
  private words = 0;
  /** The last node read; the next read starts after it. */
  private last: Node | null = null;
  private complete = false;
  private snapshot: BlockText | undefined;
  private readonly removal: Removal;
  private readonly serialize: ReturnType<typeof createSerializer>;
  private readonly run: ParagraphRun;
  /** An oversized wrapper being read a child at a time. */
  private split: WrapperSplit | null = null;

  constructor(
    readonly container: Element,
    private readonly options: ReadBlocksOptions,
  ) {
    this.removal = createRemoval(container, options);
    this.serialize = createSerializer(options);
    this.run = new ParagraphRun(
      (node) => this.serialize(node, isElement(node) ? this.removal.inside(node) : []),
      showsSomething,
      (html, text, contentful) => this.push(html, text, () => contentful),
    );
  }

  /** The options this reader was made with, as a key: a reader is reused only for the same. */
  static keyOf(options: ReadBlocksOptions): string {
    return JSON.stringify([options.drop, options.hiddenSelectors, options.reveal]);
  }

  /** False when the page moved the nodes it read: start again with a new reader. */
  get valid(): boolean {
    return this.last === null || this.last.parentNode === this.container;
  }

  /**
   * Reads on from the last node until the container is done or `outOfTime()` says stop; calls
   * `onNode` after each node (the session's clock never stops a read that has read nothing).
   * Returns the text so far and whether time cut it.
   */
  read(
    outOfTime: () => boolean = () => false,
    onNode: () => void = () => {},
  ): { text: BlockText; cutShort: boolean } {
    if (this.complete) return { text: this.text(), cutShort: false };
    // While the parser is still inside the container, its last node may be cut: leave it.
    const parsing = isStillParsing(this.container);
    const stop = parsing ? this.container.lastChild : null;
    let node = this.last ? this.last.nextSibling : this.container.firstChild;
    let cutShort = false;
    for (;;) {
      const splitting = this.split?.pending === true;
      if (!splitting && (!node || node === stop)) break;
      if (outOfTime()) {
        cutShort = true;
        break;
      }
      if (this.split && splitting) {
        this.split.step();
      } else if (node) {
        this.split?.finish();
        this.split = null;
        this.consume(node);
        this.last = node;
        node = node.nextSibling;
      }
      onNode();
    }
    if (this.split && !this.split.pending && !cutShort) {
      this.split.finish();
      this.split = null;
    }
    if (!parsing && !cutShort) {
      // Loose text at the end waited in case it grew; now it is final.
      this.run.flush();
      this.complete = true;
    }
    return { text: this.text(), cutShort };
  }

  private consume(node: Node): void {
    if (isText(node)) return this.run.add(node);
    if (!isElement(node) || this.removal.removes(node)) return;
    if (isOversized(node)) {
      this.run.flush();
      // A wrapper of many children is read a child at a time; anything else as plain text.
      if (INLINE.has(node.tagName) || node.childNodes.length < 2) this.flatten(node);
      else this.split = this.splitOf(node);
      return;
    }
    if (INLINE.has(node.tagName)) return this.run.add(node);
    this.run.flush();
    const { html, text } = this.serialize(node, this.removal.inside(node));
    this.push(html, text, () => showsSomething(node));
  }

  private splitOf(wrapper: Element): WrapperSplit {
    return new WrapperSplit(wrapper, {
      removes: (el) => this.removal.removes(el),
      serialize: (child) =>
        this.serialize(child, isElement(child) ? this.removal.inside(child) : []),
      flatten: (el) => this.flatten(el),
      push: (html, text, contentful) => this.push(html, text, contentful),
    });
  }

  private flatten(el: Element): void {
    for (const { html, text } of flatParagraphs(el, this.removal.inside(el))) {
      this.push(html, text, () => false);
    }
  }

  /** A block without text (spacer paragraphs) is kept only if it shows something. */
  private push(html: string, text: string, contentful: () => boolean): void {
    const words = countWords(text);
    if (words === 0 && !/\S/.test(text) && !contentful()) return;
    this.blocks.push(html);
    this.texts.push(text);
    this.counts.push(words);
    this.words += words;
  }

  /** The text so far, as its own arrays (a copy only when something was added since the last). */
  private text(): BlockText {
    const previous = this.snapshot;
    if (
      previous &&
      previous.blocks.length === this.blocks.length &&
      previous.complete === this.complete
    ) {
      return previous;
    }
    this.snapshot = {
      blocks: this.blocks.slice(),
      texts: this.texts.slice(),
      counts: this.counts.slice(),
      words: this.words,
      complete: this.complete,
    };
    return this.snapshot;
  }
}
