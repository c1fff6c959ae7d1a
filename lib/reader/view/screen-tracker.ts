import type { Position } from '../../progress/position';
import type { Story } from '../../sites/types';
import type { ChapterTexts } from '../progress/chapter-texts';
import { takePosition } from '../progress/take-position';
import { readingPosition, type ReadingPosition } from '../reading-position';
import type { RendererRegistry } from '../renderer-registry';
import { lineStartAt, scrollToPlace, type TextPlace } from './scroll-to-place';

/**
 * The first line at the top of the reader is the one at this many pixels below its top edge: a
 * line cut off by less shows too little to be read. Taking a position and landing on one use
 * the same line (landing puts its top at the reader's top).
 */
export const TOP_LINE_PX = 4;

/** The position is taken again this long after the last scroll. */
const SETTLE_MS = 600;

/** What the tracker reads and tells. */
export interface TrackerDeps {
  story: () => Story;
  registry: RendererRegistry;
  texts: ChapterTexts;
  signal: AbortSignal;
  /** A new position was taken. */
  onPosition: (position: ReadingPosition, atEnd: boolean) => void;
}

/**
 * Where the reader is on screen: takes the position at the top line (once per frame while
 * scrolling, and again once things settle), scrolls to a place, and keeps the same line at the
 * top when the text reflows (a setting, the window's width).
 */
export class ScreenTracker {
  private scroller: HTMLElement | null = null;
  private position: ReadingPosition | null = null;
  /** The place of the top line at the last position taken (what a resize keeps). */
  private lastPlace: TextPlace | null = null;
  private frame = 0;
  private settle: ReturnType<typeof setTimeout> | undefined;
  /** The place a layout change is being kept at, until its frame comes. */
  private keeping: TextPlace | null = null;

  constructor(private readonly deps: TrackerDeps) {}

  /** The scrolling element is on screen: track it, and keep the place when the window resizes. */
  attach(scroller: HTMLElement): void {
    this.scroller = scroller;
    const signal = this.deps.signal;
    scroller.addEventListener('scroll', () => this.trackSoon(), { passive: true, signal });
    let resizing: TextPlace | null = null;
    scroller.ownerDocument.defaultView?.addEventListener(
      'resize',
      () => {
        resizing ??= this.lastPlace;
        if (resizing) this.keepPlace(resizing);
        requestAnimationFrame(() => (resizing = null));
      },
      { signal },
    );
    this.trackSoon();
  }

  /**
   * Takes the position at the next frame (measuring forces a layout: once per frame at most),
   * and again once things have settled: text woken or laid out above the screen can move the
   * lines without any scroll (scroll anchoring keeps what is seen in place, but the block under
   * the top edge may change).
   */
  trackSoon(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.track());
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.track(), SETTLE_MS);
  }

  /** The reading position at the top of the screen, as stored (issue 10); null before text. */
  readingPosition(): Position | null {
    const position = this.position;
    const scroller = this.scroller;
    if (!position || !scroller) return null;
    const registry = this.deps.registry;
    const y = scroller.getBoundingClientRect().top + TOP_LINE_PX;
    let block = position.block;
    const element = registry.elementAt(position.chapterId, block);
    let offset = element ? lineStartAt(element, y) : 0;
    // Only the space under the block's last line is below the top: the next block starts it.
    const next = offset < 0 ? registry.elementAt(position.chapterId, block + 1) : undefined;
    if (next) {
      block += 1;
      offset = Math.max(0, lineStartAt(next, y));
    } else if (offset < 0) offset = 0;
    return takePosition(this.deps.story(), registry, this.deps.texts, {
      chapterIndex: position.chapterIndex,
      block,
      offset,
    });
  }

  /** Scrolls so that a place is the first line at the top. */
  async scrollTo(place: TextPlace): Promise<void> {
    if (!this.scroller) return;
    this.deps.registry.setFocus(place.chapterId);
    await scrollToPlace(this.scroller, this.deps.registry, place);
    this.trackSoon();
  }

  /** Keeps the current top line at the top once the browser has laid the text out again. */
  keepCurrentPlace(): void {
    // A keep still waiting for its frame holds the place read before the text began to move:
    // a second change in a row (two settings at once) must keep that one, not re-measure text
    // that has reflowed and not yet been put back.
    const place = this.keeping ?? this.place();
    if (place) this.keepPlace(place);
  }

  /** True when a chapter (by its index on the page) is whole and its last block is on screen. */
  chapterEndOnScreen(index: number): boolean {
    const chapter = this.deps.story().chapters[index];
    const scroller = this.scroller;
    const registry = this.deps.registry;
    if (!chapter?.complete || !scroller) return false;
    const count = registry.renderedCount(chapter.id);
    if (count === 0 || count < chapter.blocks.length) return false;
    const box = registry.elementAt(chapter.id, count - 1)?.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box !== undefined && box.bottom <= view.bottom + 1 && box.bottom >= view.top;
  }

  private place(): TextPlace | null {
    const position = this.readingPosition();
    return position
      ? { chapterId: position.chapterId, block: position.block, offset: position.offset }
      : null;
  }

  private keepPlace(place: TextPlace): void {
    this.keeping = place;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (this.keeping === place) this.keeping = null;
        void this.scrollTo(place);
      }),
    );
  }

  private track(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const story = this.deps.story();
    const sections = scroller.querySelectorAll('section.fr-chapter');
    const top = scroller.getBoundingClientRect().top + TOP_LINE_PX;
    const next = readingPosition(story, sections, this.deps.registry, top);
    if (!next) return;
    this.position = next;
    this.lastPlace = this.place();
    this.deps.registry.setFocus(next.chapterId);
    this.deps.onPosition(next, this.chapterEndOnScreen(story.chapters.length - 1));
  }
}
