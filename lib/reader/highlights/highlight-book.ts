import type { ReadingMessage, ReadingReply } from '../../messaging/reading-protocol';
import type { HighlightView } from '../../messaging/wire';
import type { ColorId, TextAnchor } from '../../progress/highlight';

/**
 * Highlight messages are numbered from here, apart from the progress messages' numbers
 * (ProgressSync counts from 1): a `saved` for a highlight must never acknowledge a position.
 */
export const HIGHLIGHT_SEQ_BASE = 1e12;

/** Something the reader should be told about a write. */
export type BookNotice =
  { kind: 'not-saved'; private: boolean } | { kind: 'refused'; error: string };

type Write = Extract<ReadingMessage, { type: `highlight-${string}` }>;

/**
 * The work's highlights as this tab knows them, and the writes it has not heard back about.
 * A change shows at once (optimistically) and is sent to the background; the background's
 * answers and the other tabs' changes (`highlights-changed`) come back through `onReply`. A
 * change of this tab that is not acknowledged yet wins over what arrives meanwhile, and is sent
 * again after a reconnection (`unacknowledged`). Removing keeps the highlight with `deletedAt`
 * (undo restores it). Framework-free and DOM-free.
 */
export class HighlightBook {
  private readonly all = new Map<string, HighlightView>();
  private readonly waiting = new Map<number, Write>();
  private seq = HIGHLIGHT_SEQ_BASE;
  /** False in a private window where recording is off (the background's `state` says). */
  recording = true;

  constructor(
    private readonly send: (message: ReadingMessage) => void,
    private readonly changed: (ids: string[]) => void,
    private readonly notice: (notice: BookNotice) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(id: string): HighlightView | undefined {
    return this.all.get(id);
  }

  /** Every highlight known, removed ones (still undoable) included. */
  list(): HighlightView[] {
    return [...this.all.values()];
  }

  /** Creates or changes a highlight (a new anchor re-attaches an orphan). */
  put(id: string, fields: { anchor: TextAnchor; color: ColorId; note: string }): void {
    const old = this.all.get(id);
    const at = this.now();
    this.all.set(id, {
      id,
      work: old?.work ?? '',
      createdAt: old?.createdAt ?? at,
      ...fields,
      chapterId: fields.anchor.chapterId,
      updatedAt: at,
      ...(old?.deletedAt !== undefined ? { deletedAt: old.deletedAt } : {}),
    });
    this.write({ type: 'highlight-put', seq: ++this.seq, highlight: { id, ...fields } });
    this.changed([id]);
  }

  /** Removes a highlight (undo: `restore`). */
  remove(id: string): void {
    const old = this.all.get(id);
    if (!old || old.deletedAt !== undefined) return;
    this.all.set(id, { ...old, deletedAt: this.now() });
    this.write({ type: 'highlight-remove', seq: ++this.seq, id });
    this.changed([id]);
  }

  /** Undoes a removal. */
  restore(id: string): void {
    const old = this.all.get(id);
    if (!old || old.deletedAt === undefined) return;
    const { deletedAt: _gone, ...kept } = old;
    this.all.set(id, kept);
    this.write({ type: 'highlight-restore', seq: ++this.seq, id });
    this.changed([id]);
  }

  /** The writes not acknowledged yet, in order (sent again after a reconnection). */
  unacknowledged(): ReadingMessage[] {
    return [...this.waiting.values()];
  }

  /**
   * Takes a reply from the background. Returns true when it was this book's alone (an answer
   * to a highlight write), so no one else acts on its number.
   */
  onReply(reply: ReadingReply): boolean {
    if (reply.type === 'state') {
      this.recording = reply.recording;
      this.replaceAll(reply.highlights);
      return false;
    }
    if (reply.type === 'highlights-changed') {
      this.merge(reply.highlights);
      return true;
    }
    if ((reply.type !== 'saved' && reply.type !== 'refused') || reply.seq === undefined) {
      return false;
    }
    if (!this.waiting.delete(reply.seq)) return reply.seq > HIGHLIGHT_SEQ_BASE;
    if (reply.type === 'refused') this.notice({ kind: 'refused', error: reply.error });
    else if (!reply.recorded) this.notice({ kind: 'not-saved', private: !this.recording });
    else if (reply.highlight) this.merge([reply.highlight]);
    return true;
  }

  private write(message: Write): void {
    this.waiting.set(message.seq, message);
    this.send(message);
  }

  /** Ids with a write of this tab still on its way: theirs is the newest state. */
  private ownPending(): Set<string> {
    const ids = new Set<string>();
    for (const m of this.waiting.values())
      ids.add(m.type === 'highlight-put' ? m.highlight.id : m.id);
    return ids;
  }

  private merge(incoming: readonly HighlightView[]): void {
    const mine = this.ownPending();
    const ids = incoming.filter((h) => !mine.has(h.id)).map((h) => h.id);
    for (const h of incoming) if (!mine.has(h.id)) this.all.set(h.id, h);
    if (ids.length > 0) this.changed(ids);
  }

  /**
   * The background's whole list (on opening, and again after a reconnection): what it no
   * longer lists was removed elsewhere, unless this tab never got it saved (private window).
   */
  private replaceAll(incoming: readonly HighlightView[]): void {
    const listed = new Set(incoming.map((h) => h.id));
    const mine = this.ownPending();
    const gone: string[] = [];
    for (const [id, h] of this.all) {
      if (listed.has(id) || mine.has(id) || h.deletedAt !== undefined || h.work === '') continue;
      this.all.set(id, { ...h, deletedAt: this.now() });
      gone.push(id);
    }
    this.merge(incoming);
    if (gone.length > 0) this.changed(gone);
  }
}
