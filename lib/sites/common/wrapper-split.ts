import type { Serialized } from './block-serializer';
import { isElement } from './dom';
import { isOversized, PIECE_CHILDREN, PIECE_HTML, shellOf } from './oversized';

/** What a split needs from its reader. */
export interface SplitHost {
  /** True when the child is dropped or hidden. */
  removes(el: Element): boolean;
  serialize(node: Node): Serialized;
  /** Reads an oversized child as plain-text blocks. */
  flatten(el: Element): void;
  /** Receives each piece as a block. */
  push(html: string, text: string, contentful: () => boolean): void;
}

/**
 * An oversized wrapper (a work skin's box around a whole chapter) read a child at a time into
 * pieces: each piece holds a run of its children inside a copy of the wrapper's own tags, so
 * the skin still styles it, and no piece is big. A child that is itself oversized is read as
 * plain text between pieces.
 */
export class WrapperSplit {
  private readonly shell: { open: string; close: string };
  private next: Node | null;
  private html: string[] = [];
  private text: string[] = [];
  private size = 0;
  private children = 0;

  constructor(
    wrapper: Element,
    private readonly host: SplitHost,
  ) {
    this.shell = shellOf(wrapper);
    this.next = wrapper.firstChild;
  }

  /** True while children are left to read. */
  get pending(): boolean {
    return this.next !== null;
  }

  /** Reads the next child. */
  step(): void {
    const node = this.next;
    if (!node) return;
    this.next = node.nextSibling;
    if (isElement(node)) {
      if (this.host.removes(node)) return;
      if (isOversized(node)) {
        this.finish();
        this.host.flatten(node);
        return;
      }
    }
    const { html, text } = this.host.serialize(node);
    this.html.push(html);
    this.text.push(text);
    this.size += html.length;
    if (++this.children >= PIECE_CHILDREN || this.size >= PIECE_HTML) this.finish();
  }

  /** Ends the piece in progress. */
  finish(): void {
    if (this.html.length === 0) return;
    const html = `${this.shell.open}${this.html.join('')}${this.shell.close}`;
    const text = this.text.join('');
    this.html = [];
    this.text = [];
    this.size = 0;
    this.children = 0;
    this.host.push(html, text, () =>
      /<(?:img|hr|picture|video|audio|table|iframe|embed|object)\b/i.test(html),
    );
  }
}
