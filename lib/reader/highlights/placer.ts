import { toRange } from '../../anchoring/to-range';
import type { HighlightView } from '../../messaging/wire';
import type { TextAnchor } from '../../progress/highlight';
import { yieldToBrowser } from '../yield';
import { colorHighlightName } from './colors';
import type { HighlightLayer } from './highlight-layer';
import type { HighlightHost, HostChapter } from './host';
import { lazyBlocks } from './lazy-blocks';
import { placeAnchor, type Placement } from './place';

/** Milliseconds of placing per slice: the reader never holds the main thread over 50 ms. */
export const SLICE_MS = 8;

/** True when two anchors point at the same text (the stored copy may lack derived fields). */
export function sameAnchor(a: TextAnchor | undefined, b: TextAnchor): boolean {
  return (
    a !== undefined &&
    a.chapterId === b.chapterId &&
    a.exact === b.exact &&
    a.start.block === b.start.block &&
    a.start.offset === b.start.offset &&
    a.end.block === b.end.block &&
    a.end.offset === b.end.offset
  );
}

/**
 * Where each highlight is on this page, and drawing it. Highlights are placed in slices of
 * SLICE_MS (resolveAnchor on a chapter's texts read lazily), drawn when their blocks are
 * rendered, or later when `onBlocksRendered` says they are; pending ones (their chapter still
 * arriving) are looked at again when what they wait for has come.
 */
export class Placer {
  readonly placements = new Map<string, Placement>();
  /** Busy time placing and drawing, how many were placed, the longest slice: for the bench. */
  readonly stats = { placingMs: 0, drawingMs: 0, placedCount: 0, longestSliceMs: 0 };
  /** Told once, the first time everything is placed and every placed one drawn. */
  onSettled: ((stats: Placer['stats']) => void) | null = null;
  private readonly placedWith = new Map<string, TextAnchor>();
  private readonly queue = new Set<string>();
  private placing = false;
  private readonly lazy = new Map<string, { key: string; blocks: readonly string[] }>();

  constructor(
    private readonly host: HighlightHost,
    private readonly layer: HighlightLayer,
    private readonly get: (id: string) => HighlightView | undefined,
    private readonly signal: AbortSignal,
    /** Told when a run of placing has finished. */
    private readonly done: () => void,
    private readonly yieldNow: () => Promise<void> = yieldToBrowser,
  ) {}

  /** A highlight made from the text on screen: its place is the anchor's, no search needed. */
  attach(id: string, anchor: TextAnchor): void {
    this.placements.set(id, { kind: 'placed', ...anchor, selector: 'block-position', score: 1 });
    this.placedWith.set(id, anchor);
    this.layer.erase(id);
  }

  /** Highlights changed: erase, recolour, draw or place them again. */
  changed(ids: readonly string[]): void {
    for (const id of ids) {
      const h = this.get(id);
      if (!h || h.deletedAt !== undefined) this.layer.erase(id);
      else if (!sameAnchor(this.placedWith.get(id), h.anchor)) {
        this.layer.erase(id);
        this.placements.delete(id);
        this.queue.add(id);
      } else if (this.layer.range(id)) this.layer.rename(id, colorHighlightName(h.color));
      else this.draw(id);
    }
    void this.place();
  }

  /** Blocks rendered: draw what waited for them, place again what waited for the text. */
  rendered(chapterId: string, from: number, to: number): void {
    const complete = this.chapter(chapterId)?.complete ?? false;
    for (const [id, p] of this.placements) {
      const h = this.get(id);
      if (h?.chapterId !== chapterId) continue;
      const range = this.layer.range(id);
      // The chapter started over (the page rewrote it): its old ranges point at nothing.
      if (from === 0 && range && !range.startContainer.isConnected) this.again(id);
      else if (p.kind === 'placed' && !range && p.end.block < to) this.draw(id);
      else if (p.kind === 'pending' && (complete || p.waitFor === 'block')) this.queue.add(id);
    }
    void this.place();
    this.checkSettled();
  }

  /** The story changed (chapters completed): pending highlights are looked at again. */
  retry(): void {
    for (const [id, p] of this.placements) if (p.kind === 'pending') this.queue.add(id);
    void this.place();
  }

  /** A chapter's block texts, read only as needed (lazy-blocks.ts), one array per length. */
  blocksOf(chapterId: string): readonly string[] {
    const chapter = this.chapter(chapterId);
    const key = `${chapter?.blockCount ?? 0}:${chapter?.complete ?? false}`;
    const known = this.lazy.get(chapterId);
    if (known?.key === key) return known.blocks;
    const blocks = lazyBlocks(chapter?.blockCount ?? 0, (i) => this.host.text(chapterId, i));
    this.lazy.set(chapterId, { key, blocks });
    return blocks;
  }

  private chapter(chapterId: string): HostChapter | undefined {
    return this.host.chapters().find((c) => c.id === chapterId);
  }

  private again(id: string): void {
    this.layer.erase(id);
    this.placements.delete(id);
    this.queue.add(id);
  }

  /** Places what is queued, a slice at a time. */
  private async place(): Promise<void> {
    if (this.placing || this.queue.size === 0) return;
    this.placing = true;
    try {
      while (this.queue.size > 0 && !this.signal.aborted) {
        const chapters = new Map(this.host.chapters().map((c) => [c.id, c]));
        const started = performance.now();
        let now = started;
        for (const id of this.queue) {
          this.queue.delete(id);
          this.placeOne(id, chapters.get(this.get(id)?.chapterId ?? ''));
          now = performance.now();
          if (now - started >= SLICE_MS) break;
        }
        this.stats.placingMs += now - started;
        this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, now - started);
        if (this.queue.size > 0) await this.yieldNow();
      }
    } finally {
      this.placing = false;
    }
    this.done();
    this.checkSettled();
  }

  private checkSettled(): void {
    if (!this.onSettled || this.placing || this.queue.size > 0) return;
    for (const [id, p] of this.placements) {
      if (p.kind === 'pending' || (p.kind === 'placed' && !this.layer.range(id))) return;
    }
    const told = this.onSettled;
    this.onSettled = null;
    told(this.stats);
  }

  private placeOne(id: string, chapter: HostChapter | undefined): void {
    const h = this.get(id);
    if (!h || h.deletedAt !== undefined) return;
    const toPlace = chapter && { ...chapter, blocks: this.blocksOf(chapter.id) };
    const placement = placeAnchor(h.anchor, toPlace);
    this.placements.set(id, placement);
    this.placedWith.set(id, h.anchor);
    if (placement.kind !== 'placed') return;
    this.stats.placedCount++;
    this.draw(id);
  }

  /** Draws a placed highlight if its blocks are rendered (else `rendered` will). */
  private draw(id: string): void {
    const p = this.placements.get(id);
    const h = this.get(id);
    if (p?.kind !== 'placed' || !h || h.deletedAt !== undefined) return;
    const element = (block: number) => this.host.elementAt(h.chapterId, block);
    if (!element(p.start.block) || !element(p.end.block)) return;
    const started = performance.now();
    const range = toRange(p, { element }, this.host.doc);
    if (range) this.layer.draw(id, colorHighlightName(h.color), range);
    this.stats.drawingMs += performance.now() - started;
  }
}
