import { LIMITS } from '../../messaging/limits';
import type { ReadingMessage, ReadingReply } from '../../messaging/reading-protocol';
import type { HighlightView } from '../../messaging/wire';
import type { ColorId } from '../../progress/highlight';
import { HighlightBook, type BookNotice } from './highlight-book';
import { HighlightLayer } from './highlight-layer';
import type { HighlightHost } from './host';
import { MentionLens } from './mention-lens';
import { painterFor, type RangePainter } from './painter';
import type { Placement } from './place';
import { Placer, sameAnchor } from './placer';
import { describeSelection, type SelectionTarget } from './selection';

/** What changed, for whoever draws the highlights' parts. */
export type HighlightsChange = 'highlights' | 'selection' | 'lens' | 'notice' | 'active';

/** Something to tell the reader quietly (a status line). */
export type HighlightNotice =
  BookNotice | { kind: 'removed'; id: string } | { kind: 'too-long' } | { kind: 'copied' };

/** A highlight with where it is on this page. */
export interface PlacedHighlight {
  highlight: HighlightView;
  placement: Placement;
}

/** What the controller needs. */
export interface ReaderHighlightsOptions {
  host: HighlightHost;
  send: (message: ReadingMessage) => void;
  signal: AbortSignal;
  painter?: RangePainter;
  now?: () => number;
  newId?: () => string;
  /** Yields between slices of placing (tests pass one that resolves at once). */
  yieldNow?: () => Promise<void>;
}

/**
 * The reader's highlights (issue 11), framework-free: the stored ones (HighlightBook), where
 * each is on this page and drawing them (Placer, HighlightLayer), the every-mention lens, the
 * current selection, and what the reader does to them. Components subscribe and call it back.
 */
export class ReaderHighlights {
  readonly book: HighlightBook;
  readonly layer: HighlightLayer;
  readonly lens: MentionLens;
  readonly placer: Placer;
  lastColor: ColorId = 'c1';
  selection: SelectionTarget | null = null;
  notice: HighlightNotice | null = null;
  /** The highlight the reader is acting on (clicked, or its note marker), and whether to edit its note. */
  active: { id: string; note: boolean } | null = null;
  private readonly listeners = new Set<(change: HighlightsChange) => void>();
  private readonly host: HighlightHost;

  constructor(private readonly options: ReaderHighlightsOptions) {
    const host = (this.host = options.host);
    this.book = new HighlightBook(
      options.send,
      (ids) => {
        this.placer.changed(ids);
        this.emit('highlights');
      },
      (notice) => this.tell(notice),
      options.now,
    );
    const painter = options.painter ?? painterFor(host.doc);
    this.layer = new HighlightLayer(painter);
    const get = (id: string) => this.book.get(id);
    const done = () => this.emit('highlights');
    this.placer = new Placer(host, this.layer, get, options.signal, done, options.yieldNow);
    const blocksOf = (id: string) => this.placer.blocksOf(id);
    this.lens = new MentionLens(host, painter, blocksOf, () => this.emit('lens'));
    const offRendered = host.onBlocksRendered((id, from, to) => {
      this.placer.rendered(id, from, to);
      this.lens.rendered(id, from, to);
    });
    const offStory = host.onStoryChange(() => this.placer.retry());
    options.signal.addEventListener('abort', () => (offRendered(), offStory()), { once: true });
  }

  subscribe(listener: (change: HighlightsChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A reply from the background; true when it was the highlights' alone. */
  onReply(reply: ReadingReply): boolean {
    return this.book.onReply(reply);
  }

  /** Writes to send again after the port reconnected. */
  unacknowledged(): ReadingMessage[] {
    return this.book.unacknowledged();
  }

  placement(id: string): Placement | undefined {
    return this.placer.placements.get(id);
  }

  /** Every highlight not removed, with its placement, in text order (this page's chapters first). */
  items(): PlacedHighlight[] {
    const order = new Map(this.host.chapters().map((c, i) => [c.id, i]));
    const key = ({ highlight: h, placement: p }: PlacedHighlight) => {
      const point = p.kind === 'placed' ? p.start : h.anchor.start;
      return [order.get(h.chapterId) ?? order.size, point.block, point.offset] as const;
    };
    return this.book
      .list()
      .filter((highlight) => highlight.deletedAt === undefined)
      .map((highlight) => ({
        highlight,
        placement: this.placement(highlight.id) ?? { kind: 'pending', waitFor: 'block' },
      }))
      .map((item) => ({ item, key: key(item) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
      .map(({ item }) => item);
  }

  /** The text selected in the story (a Range of the document's selection), or none. */
  setSelection(range: Range | null): void {
    const next = range ? describeSelection(range, this.host) : null;
    const same = next && this.selection && sameAnchor(next.anchor, this.selection.anchor);
    if (same || next === this.selection) return;
    this.selection = next;
    this.emit('selection');
  }

  /** Highlights the selection (or `target`) in `color`; returns its id. */
  create(color: ColorId, note = '', target = this.selection): string | null {
    if (!target) return null;
    if (target.anchor.exact.length > LIMITS.exact) {
      this.tell({ kind: 'too-long' });
      return null;
    }
    const id = (this.options.newId ?? (() => crypto.randomUUID()))();
    this.lastColor = color;
    this.placer.attach(id, target.anchor);
    this.book.put(id, { anchor: target.anchor, color, note: note.slice(0, LIMITS.note) });
    if (!this.book.recording) this.tell({ kind: 'not-saved', private: true });
    return id;
  }

  setColor(id: string, color: ColorId): void {
    const h = this.book.get(id);
    this.lastColor = color;
    if (h && h.color !== color) this.book.put(id, { anchor: h.anchor, color, note: h.note });
  }

  setNote(id: string, note: string): void {
    const h = this.book.get(id);
    const text = note.slice(0, LIMITS.note);
    if (h && h.note !== text) this.book.put(id, { anchor: h.anchor, color: h.color, note: text });
  }

  remove(id: string): void {
    this.book.remove(id);
    this.tell({ kind: 'removed', id });
  }

  restore(id: string): void {
    this.book.restore(id);
    if (this.notice?.kind === 'removed' && this.notice.id === id) this.tell(null);
  }

  /** Puts an orphan (or any highlight) on the selected text instead. */
  reattach(id: string, target = this.selection): boolean {
    const h = this.book.get(id);
    if (!h || !target) return false;
    this.placer.attach(id, target.anchor);
    this.book.put(id, { anchor: target.anchor, color: h.color, note: h.note });
    return true;
  }

  /** Brings a placed highlight on screen. */
  async reveal(id: string): Promise<void> {
    const p = this.placement(id);
    const h = this.book.get(id);
    if (p?.kind === 'placed' && h) await this.host.reveal({ chapterId: h.chapterId, ...p });
  }

  /** The highlight drawn at a viewport point (a click), or null. */
  idAt(x: number, y: number): string | null {
    return this.layer.idAt(x, y);
  }

  /** Makes a highlight the one acted on (its toolbar opens), or none. */
  activate(id: string | null, note = false): void {
    this.active = id ? { id, note } : null;
    this.emit('active');
  }

  /** Shows a notice, or clears it (null: the status line went away). */
  tell(notice: HighlightNotice | null): void {
    this.notice = notice;
    this.emit('notice');
  }

  private emit(change: HighlightsChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
