import type { ReadingReply } from '../../messaging/reading-protocol';
import type { Settings } from '../../settings/values';
import type { Story } from '../../sites/types';
import { ChunkWaker } from '../chunk-waker';
import { readingPosition, type ReadingPosition } from '../reading-position';
import { RenderPump } from '../render-pump';
import { RendererRegistry, type BlocksRendered } from '../renderer-registry';
import { FIRST_SCREEN_BLOCKS } from '../streaming-policy';
import { ChapterTexts } from '../progress/chapter-texts';
import { takePosition } from '../progress/take-position';
import type { Position } from '../../progress/position';
import { lineStartAt, scrollToPlace, type TextPlace } from './scroll-to-place';

/**
 * The first line at the top of the reader is the one at this many pixels below its top edge: a
 * line cut off by less shows too little to be read. Taking a position and landing on one use
 * the same line (landing puts its top at the reader's top).
 */
export const TOP_LINE_PX = 4;

/** The position is taken again this long after the last scroll. */
const SETTLE_MS = 600;

/** What changed, for whoever draws the reader. */
export type ViewChange = 'story' | 'settings' | 'position' | 'ready' | 'record' | 'shown';

/** What the background keeps about the work (the answer to the reader's `open`). */
export type WorkRecord = Omit<Extract<ReadingReply, { type: 'state' }>, 'type'>;

/** What the view needs from where it runs. */
export interface ReaderViewOptions {
  baseUrl: string;
  settings: Settings;
  /** Aborts when the reader closes. */
  signal: AbortSignal;
  /** Records a moment (the reader frame's own performance timeline). */
  mark?: (name: string) => void;
}

/**
 * The open reader: the one owner of the story, the settings, the renderer registry, the render
 * pump and the chunk waker, and of where the reader is. Framework-free: the components draw
 * what it holds and call it back; the frame's wiring feeds it what the content script sends.
 * Events (`subscribe`) say what changed; `onBlocksRendered` says which blocks appeared.
 */
export class ReaderView {
  story: Story;
  settings: Settings;
  /** Where the reader is: the first line at the top of the reader. */
  position: ReadingPosition | null = null;
  /** The end of the page's text is on screen (everything on the page has been seen). */
  atEnd = false;
  /** The whole work is rendered. */
  ready = false;
  /** What the background keeps about the work, once it has answered. */
  record: WorkRecord | null = null;
  /** Shown: until then the reader is laid out but invisible (it is finding its place). */
  shown = false;
  readonly registry: RendererRegistry;
  /** Every block's normalised text, for positions and highlights (lib/anchoring). */
  readonly texts: ChapterTexts;
  /** The page the story came from: relative links and images resolve against it. */
  readonly baseUrl: string;
  private readonly pump: RenderPump;
  private waker: ChunkWaker | null = null;
  private readonly early: HTMLElement[] = [];
  private scroller: HTMLElement | null = null;
  private readonly listeners = new Set<(change: ViewChange) => void>();
  private frame = 0;

  constructor(
    story: Story,
    private readonly options: ReaderViewOptions,
  ) {
    this.story = story;
    this.settings = options.settings;
    this.baseUrl = options.baseUrl;
    this.pump = new RenderPump(options.signal, () => this.checkReady());
    // Until a chunk is laid out it takes the height its words would fill at these settings.
    const pxPerWord = () =>
      (this.settings.fontSize * this.settings.lineHeight) /
      Math.max(4, this.settings.contentWidth / 6);
    this.registry = new RendererRegistry(story, options.baseUrl, this.pump, pxPerWord, (group) =>
      this.waker ? this.waker.add(group) : this.early.push(group),
    );
    this.texts = new ChapterTexts(this.registry, () => this.story, options.baseUrl);
  }

  /** Listens for changes; returns the unsubscribe function. */
  subscribe(listener: (change: ViewChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens for blocks being rendered. */
  onBlocksRendered(listener: BlocksRendered): () => void {
    return this.registry.onBlocksRendered(listener);
  }

  /** A newer reading of the page; `replaced` chapters start their text again. */
  update(story: Story, replaced: readonly string[] = []): void {
    const previous = this.story;
    this.story = story;
    for (const id of replaced) {
      this.texts.forget(id);
      this.registry.reset(id, this.textElement(id));
    }
    this.registry.update(story);
    // New blocks go straight to the renderers; what the components show changes only with a new
    // chapter, a new title or the final reading.
    const final = story.chapters.every((c) => c.complete);
    if (
      final ||
      story.chapters.length !== previous.chapters.length ||
      story.title !== previous.title
    )
      this.emit('story');
    this.checkReady();
  }

  /** Shows the reader (after it found its place). */
  show(): void {
    this.shown = true;
    this.emit('shown');
  }

  /** The background's answer about the work (progress, read marks, highlights). */
  setRecord(record: WorkRecord): void {
    this.record = record;
    this.emit('record');
  }

  setSettings(settings: Settings): void {
    const place = this.place();
    this.settings = settings;
    this.emit('settings');
    // The text reflows: the same line stays at the top (issue 10), not the same pixel.
    if (place) this.keepPlace(place);
  }

  /** The reading position at the top of the screen, as stored (issue 10); null before text. */
  readingPosition(): Position | null {
    const position = this.position;
    const scroller = this.scroller;
    if (!position || !scroller) return null;
    const element = this.registry.elementAt(position.chapterId, position.block);
    const y = scroller.getBoundingClientRect().top + TOP_LINE_PX;
    return takePosition(this.story, this.registry, this.texts, {
      chapterIndex: position.chapterIndex,
      block: position.block,
      offset: element ? lineStartAt(element, y) : 0,
    });
  }

  /** Scrolls so that a place is the first line at the top. */
  async scrollTo(place: TextPlace): Promise<void> {
    if (!this.scroller) return;
    this.registry.setFocus(place.chapterId);
    await scrollToPlace(this.scroller, this.registry, place);
    this.trackSoon();
  }

  /** Where the top line is now, as a place to come back to. */
  private place(): TextPlace | null {
    const position = this.readingPosition();
    return position
      ? { chapterId: position.chapterId, block: position.block, offset: position.offset }
      : null;
  }

  /** Puts `place` back at the top once the browser has laid the text out again. */
  private keepPlace(place: TextPlace): void {
    requestAnimationFrame(() => requestAnimationFrame(() => void this.scrollTo(place)));
  }

  /** The scrolling element is on screen: wake chunks near it, track where the reader is. */
  attachScroller(scroller: HTMLElement | null): void {
    if (!scroller || scroller === this.scroller) return;
    this.scroller = scroller;
    this.waker = new ChunkWaker(scroller, this.options.signal);
    for (const group of this.early.splice(0)) this.waker.add(group);
    scroller.addEventListener('scroll', () => this.trackSoon(), {
      passive: true,
      signal: this.options.signal,
    });
    // A narrower or wider window reflows the text: the same line stays at the top.
    let resizing: TextPlace | null = null;
    const view = scroller.ownerDocument.defaultView;
    view?.addEventListener(
      'resize',
      () => {
        resizing ??= this.lastPlace;
        if (resizing) this.keepPlace(resizing);
        requestAnimationFrame(() => (resizing = null));
      },
      { signal: this.options.signal },
    );
    this.trackSoon();
  }

  /** The place of the top line at the last position taken (what a resize keeps). */
  private lastPlace: TextPlace | null = null;

  /** Paints the first screen of the first chapter now (in the task that mounted the reader). */
  paintFirstScreen(): void {
    const first = this.story.chapters[0];
    if (first) this.registry.renderNow(first.id, FIRST_SCREEN_BLOCKS + 8);
  }

  /**
   * Takes the position at the next frame (measuring forces a layout: once per frame at most),
   * and again once things have settled: text woken or laid out above the screen can move the
   * lines without any scroll (the browser's scroll anchoring keeps what is seen in place, but
   * the block under the top edge may change).
   */
  trackSoon(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.track());
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.track(), SETTLE_MS);
  }

  private settle: ReturnType<typeof setTimeout> | undefined;

  /** Scrolls to a chapter's heading and puts it first in the rendering order. */
  jumpTo(chapterId: string): void {
    const section = this.section(chapterId);
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    this.registry.setFocus(chapterId);
  }

  private track(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const sections = scroller.querySelectorAll('section.fr-chapter');
    const top = scroller.getBoundingClientRect().top + TOP_LINE_PX;
    const next = readingPosition(this.story, sections, this.registry, top);
    if (!next) return;
    this.position = next;
    this.atEnd = this.endOnScreen();
    this.lastPlace = this.place();
    this.registry.setFocus(next.chapterId);
    this.emit('position');
  }

  /** True when the last block of the page's last chapter is rendered and above the bottom. */
  private endOnScreen(): boolean {
    return this.chapterEndOnScreen(this.story.chapters.length - 1);
  }

  /** True when a chapter (by its index on the page) is whole and its last block is on screen. */
  chapterEndOnScreen(index: number): boolean {
    const chapter = this.story.chapters[index];
    const scroller = this.scroller;
    if (!chapter?.complete || !scroller) return false;
    const count = this.registry.renderedCount(chapter.id);
    if (count === 0 || count < chapter.blocks.length) return false;
    const box = this.registry.elementAt(chapter.id, count - 1)?.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box !== undefined && box.bottom <= view.bottom + 1 && box.bottom >= view.top;
  }

  private checkReady(): void {
    if (this.ready || !this.pump.idle || !this.story.chapters.every((c) => c.complete)) return;
    this.ready = true;
    this.options.mark?.('ready');
    this.emit('ready');
    // Now that nothing moves any more, take the position (the first time, too).
    this.trackSoon();
  }

  private section(chapterId: string): HTMLElement | null {
    return (
      this.scroller?.querySelector<HTMLElement>(
        `section[data-chapter-id="${CSS.escape(chapterId)}"]`,
      ) ?? null
    );
  }

  private textElement(chapterId: string): HTMLElement | null {
    return this.section(chapterId)?.querySelector<HTMLElement>('.fr-text') ?? null;
  }

  private emit(change: ViewChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
