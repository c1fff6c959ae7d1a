import type { Story } from '../sites/types';
import type { RenderPump } from './render-pump';
import { TextRenderer } from './text-renderer';

/**
 * The text renderers of the chapters on screen, by chapter id. The reader's components hand over
 * each chapter's text element; the registry keeps the renderers fed as the story grows (while the
 * page is still loading) and orders the pump: the chapter being read first.
 */
export class RendererRegistry {
  private readonly renderers = new Map<string, TextRenderer>();
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
    if (this.renderers.has(chapterId)) return;
    // Only the chapter the reader opens at shows its first chunk at once; the others sleep.
    const first = this.story.chapters[0]?.id === chapterId;
    const renderer = new TextRenderer(element, this.baseUrl, this.pxPerWord, this.onGroup);
    if (!first) renderer.sleepAll();
    this.renderers.set(chapterId, renderer);
    this.feed();
  }

  /** The renderer of a chapter, once its element is on the page. */
  get(chapterId: string): TextRenderer | undefined {
    return this.renderers.get(chapterId);
  }

  /** A newer reading of the page (more text, or the final one). */
  update(story: Story): void {
    this.story = story;
    this.feed();
  }

  /** The chapter the reader is in: it and those after it come first. */
  setFocus(chapterId: string | undefined): void {
    this.focusId = chapterId;
    this.feed();
  }

  /** Renders up to `blocks` blocks of a chapter right now (the first screen). */
  renderNow(chapterId: string, blocks: number): number {
    return this.renderers.get(chapterId)?.renderSome(blocks) ?? 0;
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
