import type { ReadingReply } from '../../messaging/reading-protocol';
import type { Settings } from '../../settings/values';
import type { Story } from '../../sites/types';
import { ChunkWaker } from '../chunk-waker';
import type { ReadingPosition } from '../reading-position';
import { RenderPump } from '../render-pump';
import { RendererRegistry, type BlocksRendered } from '../renderer-registry';
import { FIRST_SCREEN_BLOCKS } from '../streaming-policy';
import { ChapterTexts } from '../progress/chapter-texts';
import type { Position } from '../../progress/position';
import { ScreenTracker } from './screen-tracker';
import type { TextPlace } from './scroll-to-place';

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
  private readonly tracker: ScreenTracker;

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
    this.tracker = new ScreenTracker({
      story: () => this.story,
      registry: this.registry,
      texts: this.texts,
      signal: options.signal,
      onPosition: (position, atEnd) => {
        // The text reflows: the same line stays at the top (issue 10), not the same pixel.
        this.position = position;
        this.atEnd = atEnd;
        this.emit('position');
      },
    });
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

  /** Keeps the line at the top there through a layout change about to happen (a side panel). */
  keepPlace(): void {
    this.tracker.keepCurrentPlace();
  }

  setSettings(settings: Settings): void {
    this.tracker.keepCurrentPlace();
    this.settings = settings;
    this.emit('settings');
  }

  /** The reading position at the top of the screen, as stored (issue 10); null before text. */
  readingPosition(): Position | null {
    return this.tracker.readingPosition();
  }

  /** Scrolls so that a place is the first line at the top. */
  scrollTo(place: TextPlace): Promise<void> {
    return this.tracker.scrollTo(place);
  }

  /** True when a chapter (by its index on the page) is whole and its last block is on screen. */
  chapterEndOnScreen(index: number): boolean {
    return this.tracker.chapterEndOnScreen(index);
  }

  /** The scrolling element is on screen: wake chunks near it, track where the reader is. */
  attachScroller(scroller: HTMLElement | null): void {
    if (!scroller || scroller === this.scroller) return;
    this.scroller = scroller;
    this.waker = new ChunkWaker(scroller, this.options.signal);
    for (const group of this.early.splice(0)) this.waker.add(group);
    this.tracker.attach(scroller);
  }

  /** Paints the first screen of the first chapter now (in the task that mounted the reader). */
  paintFirstScreen(): void {
    const first = this.story.chapters[0];
    if (first) this.registry.renderNow(first.id, FIRST_SCREEN_BLOCKS + 8);
  }

  /** Takes the position at the next frame, and again once things settle. */
  trackSoon(): void {
    this.tracker.trackSoon();
  }

  /** Scrolls to a chapter's heading and puts it first in the rendering order. */
  jumpTo(chapterId: string): void {
    const section = this.section(chapterId);
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    this.registry.setFocus(chapterId);
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
