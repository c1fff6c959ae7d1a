import type { Story } from '../sites/types';
import type { RenderPump } from './render-pump';
import { TextRenderer } from './text-renderer';

/** Told when blocks of a chapter have been rendered: [from, to). */
export type BlocksRendered = (chapterId: string, from: number, to: number) => void;

/**
 * The text renderers of the chapters on screen, by chapter id: the one place that knows where a
 * block of a chapter is on screen. The reader's components hand over each chapter's text
 * element; the registry keeps the renderers fed as the story grows (while the page is still
 * loading), orders the pump (the chapter being read first, then those after it, then those
 * before), and answers "where is block N of chapter C" and "tell me when it is rendered".
 */
export class RendererRegistry {
  private readonly renderers = new Map<string, TextRenderer>();
  private readonly listeners = new Set<BlocksRendered>();
  private readonly waiting = new Map<string, { block: number; resolve: (el: Element) => void }[]>();
  private story: Story;
  private focusId: string | undefined;

  constructor(
    story: Story,
    private readonly baseUrl: string,
    private readonly pump: RenderPump,
    private readonly pxPerWord: () => number,
    /** Takes each new group of sleeping chunks (see chunk-waker). */
    private readonly onGroup?: (group: HTMLElement) => void,
  ) {
    this.story = story;
  }

  /** The chapter's text element appeared (or went away). */
  attach(chapterId: string, element: HTMLElement | null): void {
    if (!element) {
      this.renderers.delete(chapterId);
      return;
    }
    if (this.renderers.get(chapterId)) return;
    // Only the chapter the reader opens at shows its first chunk at once; the others sleep.
    const first = this.story.chapters[0]?.id === chapterId;
    const renderer = new TextRenderer(
      element,
      this.baseUrl,
      this.pxPerWord,
      this.onGroup,
      (from, to) => this.rendered(chapterId, from, to),
    );
    if (!first) renderer.sleepAll();
    this.renderers.set(chapterId, renderer);
    this.feed();
  }

  /** The chapter's text is to be rendered again from the start (the page rewrote it). */
  reset(chapterId: string, element: HTMLElement | null): void {
    this.renderers.delete(chapterId);
    element?.replaceChildren();
    this.attach(chapterId, element);
  }

  /** A newer reading of the page (more text, or the final one). */
  update(story: Story): void {
    this.story = story;
    this.feed();
  }

  /** The chapter the reader is in: it and those after it come first. */
  setFocus(chapterId: string | undefined): void {
    if (chapterId === this.focusId) return;
    this.focusId = chapterId;
    this.feed();
  }

  /** Renders up to `blocks` blocks of a chapter right now (the first screen). */
  renderNow(chapterId: string, blocks: number): number {
    return this.renderers.get(chapterId)?.renderSome(blocks) ?? 0;
  }

  /** The element of block `block` of a chapter, if it is rendered. */
  elementAt(chapterId: string, block: number): Element | undefined {
    return this.renderers.get(chapterId)?.elementAt(block);
  }

  /** The first rendered block of a chapter whose bottom is below `y` (viewport), or null. */
  blockAt(chapterId: string, y: number): number | null {
    return this.renderers.get(chapterId)?.blockAt(y) ?? null;
  }

  /** The block of a chapter holding a node of its text, if it is one. */
  blockOf(chapterId: string, node: Node): number | undefined {
    return this.renderers.get(chapterId)?.indexOf(node);
  }

  /** Words before block `block` of a chapter (among the rendered ones). */
  wordsBefore(chapterId: string, block: number): number {
    return this.renderers.get(chapterId)?.wordsBefore(block) ?? 0;
  }

  /** Blocks of a chapter rendered so far. */
  renderedCount(chapterId: string): number {
    return this.renderers.get(chapterId)?.rendered ?? 0;
  }

  /**
   * Resolves with block `block` of a chapter once it is rendered and awake: the chapter comes
   * first in the pump's order meanwhile. Never resolves for a block the chapter does not have.
   */
  whenRendered(chapterId: string, block: number): Promise<Element> {
    const renderer = this.renderers.get(chapterId);
    const element = renderer?.elementAt(block);
    if (renderer && element) {
      renderer.wakeAt(block);
      return Promise.resolve(element);
    }
    this.setFocus(chapterId);
    return new Promise((resolve) => {
      const list = this.waiting.get(chapterId) ?? [];
      list.push({ block, resolve });
      this.waiting.set(chapterId, list);
    });
  }

  /** Listens for blocks being rendered; returns the unsubscribe function. */
  onBlocksRendered(listener: BlocksRendered): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private rendered(chapterId: string, from: number, to: number): void {
    const list = this.waiting.get(chapterId);
    if (list) {
      const renderer = this.renderers.get(chapterId);
      const still = list.filter(({ block, resolve }) => {
        const element = renderer?.elementAt(block);
        if (!element) return true;
        renderer?.wakeAt(block);
        resolve(element);
        return false;
      });
      if (still.length > 0) this.waiting.set(chapterId, still);
      else this.waiting.delete(chapterId);
    }
    for (const listener of this.listeners) listener(chapterId, from, to);
  }

  private feed(): void {
    const chapters = this.story.chapters;
    for (const chapter of chapters)
      this.renderers.get(chapter.id)?.setBlocks(chapter.blocks, chapter.complete);
    const at = Math.max(
      0,
      chapters.findIndex((c) => c.id === this.focusId),
    );
    const order = [...chapters.slice(at), ...chapters.slice(0, at).reverse()]
      .map((c) => this.renderers.get(c.id))
      .filter((r): r is TextRenderer => r !== undefined);
    this.pump.setOrder(order);
    this.pump.kick();
  }
}
