import type { ReadingMessage, ReadingReply } from '../../messaging/reading-protocol';
import { compareLocation, type Position } from '../../progress/position';
import type { ReaderView } from '../view/reader-view';
import type { ActiveClock } from './active-clock';
import { countsAsRead } from './read-marks';
import { chapterOrder } from './chapter-order';

/** Position messages go out at most this often while the reader moves. */
export const SEND_EVERY_MS = 400;

const samePlace = (a: Position | null, b: Position | null) =>
  a !== null &&
  b !== null &&
  a.chapterId === b.chapterId &&
  a.block === b.block &&
  a.offset === b.offset;

/**
 * Sends where the reader is to the background (issue 10): only when the reader actually moved,
 * at most every SEND_EVERY_MS while moving and at once when the tab hides or closes, with the
 * active time since the last report. A position is kept until the background says it committed
 * it, and sent again after a reconnection (a service worker stopped mid-reading loses nothing
 * acknowledged). Chapters whose end came on screen after long enough are marked read.
 */
export class ProgressSync {
  private seq = 0;
  private latest: Position | null = null;
  private sent: Position | null = null;
  private unacked: Extract<ReadingMessage, { type: 'position' }> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly marked = new Set<string>();
  private readonly openedAt: number;

  /** The first position after the page opened is not a move unless it goes past the saved one. */
  private baseline = true;

  constructor(
    private readonly view: ReaderView,
    private readonly send: (message: ReadingMessage) => void,
    private readonly clock: ActiveClock,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.openedAt = now();
    view.subscribe((change) => {
      if (change === 'position') this.moved();
    });
  }

  /** The reader's latest position, as last taken. */
  get position(): Position | null {
    return this.latest;
  }

  /** What to send again after the port reconnected. */
  pending(): ReadingMessage[] {
    return this.unacked ? [this.unacked] : [];
  }

  /** Sends the latest position now (the tab hides or closes). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.sendNow();
  }

  /** The background's answers. */
  onReply(reply: ReadingReply): void {
    if (reply.type === 'saved' && this.unacked && reply.seq >= this.unacked.seq)
      this.unacked = null;
  }

  /** The background's record arrived: positions held until it came are looked at again. */
  recheck(): void {
    this.latest = null;
    this.moved();
  }

  private moved(): void {
    const position = this.view.readingPosition();
    if (!position) return;
    // Until the background has said where the reader was, nothing is sent (it might be behind).
    if (!this.view.record) return;
    this.checkReadMarks();
    // A tab writes only when its reader actually moved: never an old place over a newer one.
    if (samePlace(position, this.latest)) return;
    const first = this.baseline;
    this.baseline = false;
    this.latest = position;
    // Opening a page is not a move (a work only opened was not read: no "last read just now"),
    // nor is opening another page of the work before the saved place (its first chapter, from
    // a link); only going past the saved place is (the next chapter, opened to read on).
    const saved = this.view.record?.progress?.last;
    if (first && (!saved || compareLocation(position, saved) <= 0)) {
      this.sent = position;
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.sendNow();
    }, SEND_EVERY_MS);
  }

  private sendNow(): void {
    const position = this.latest;
    if (!position || position === this.sent) return;
    this.sent = position;
    this.unacked = { type: 'position', seq: ++this.seq, position, activeMs: this.clock.take() };
    this.send(this.unacked);
  }

  private readTimer: ReturnType<typeof setTimeout> | undefined;

  private checkReadMarks(): void {
    const { story, settings, record } = this.view;
    const onPage = this.now() - this.openedAt;
    story.chapters.forEach((chapter, index) => {
      if (this.marked.has(chapter.id)) return;
      if (record?.chapters.some((c) => c.chapterId === chapter.id && c.read)) return;
      if (!this.view.chapterEndOnScreen(index)) return;
      const ask = {
        endOnScreen: true,
        msOnPage: onPage,
        words: chapter.words,
        wpm: settings.readingSpeed,
      };
      if (!countsAsRead(ask)) {
        // Look again once enough time has passed, in case the reader stays here.
        clearTimeout(this.readTimer);
        this.readTimer = setTimeout(() => this.view.trackSoon(), 1000);
        return;
      }
      this.marked.add(chapter.id);
      const chapterIndex = chapterOrder(story, index);
      this.send({ type: 'chapter-read', seq: ++this.seq, chapterId: chapter.id, chapterIndex });
    });
  }
}
