import type { PageMessage, PageReply } from '../../messaging/reading-port';
import { compareLocation, type PositionFields } from '../../progress/position-fields';
import { openMessage } from '../../reader/frame/open-message';
import { ActiveClock } from '../../reader/progress/active-clock';
import { placePosition } from '../../reader/progress/place-position';
import { takePosition } from '../../reader/progress/take-position';
import { DEFAULT_HIGHLIGHT_NAMES, type HighlightNames } from '../../settings/highlight-names';
import type { ResumeBehaviour } from '../../settings/values';
import type { Story } from '../../sites/types';
import { firstLineAt, scrollToPlace, TOP_LINE_PX, visibleTop } from './page-geometry';
import { pointsIntoPage } from './page-address';
import { PageHighlighting } from './page-highlighting';
import { acknowledgesPosition } from './page-seq';
import { PageMap } from './page-map';
import { PageReadMarks } from './page-read-marks';
import { StoryTexts } from './story-texts';

/** Position messages go out at most this often while the reader scrolls (as in the reader). */
export const SEND_EVERY_MS = 400;
/** Scroll events this soon after our own scroll are ours. */
const OWN_SCROLL_MS = 150;

/** The reading port as the page uses it (lib/reader/frame/reading-link.ts, or a test's fake). */
export interface PageLink {
  open(message: PageMessage & { type: 'open' }): void;
  send(message: PageMessage): void;
  close(): void;
}

/** What page progress needs. */
export interface PageProgressDeps {
  doc: Document;
  story: Story;
  resume: ResumeBehaviour;
  /** Words a minute, for when a chapter counts as read. */
  readingSpeed: number;
  /** What the reader calls each highlight colour (the bar's labels). */
  highlightNames?: HighlightNames;
  /** Opens the port; replies and what to send again after a reconnection go through these. */
  connect: (onReply: (reply: PageReply) => void, unacknowledged: () => PageMessage[]) => PageLink;
  now?: () => number;
}

/**
 * Reading progress on a site's own page, when the reader is switched off for the site (issue 10):
 * the same positions as the reader's (the first line at the top, as a block of the story and a
 * character in it), sent over the same port, so the reader and the page agree on one place.
 * It lands on the saved line when the page holds it (if the reader asked for that and did not
 * follow a link to a part of the page), sends a position only after the reader moved the page
 * themselves, at most every SEND_EVERY_MS and at once when the tab hides or closes, and marks a
 * chapter read once its end was on screen after long enough.
 */
export class PageProgress {
  private readonly texts: StoryTexts;
  private readonly clock: ActiveClock;
  private readonly now: () => number;
  private readonly stop = new AbortController();
  private readonly openedAt: number;
  private link: PageLink | null = null;
  private map: PageMap | null = null;
  private record: Extract<PageReply, { type: 'state' }> | null = null;
  private seq = 0;
  private latest: PositionFields | null = null;
  private unacked: Extract<PageMessage, { type: 'position' }> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly readMarks: PageReadMarks;
  /** The reader has used the page (a key, the wheel, a touch, the pointer). */
  private acted = false;
  /** The reader's highlights, drawn on the page and made there (issue 11). */
  private readonly highlights: PageHighlighting;
  private inputAt = -Infinity;
  private landedAt = -Infinity;

  constructor(private readonly deps: PageProgressDeps) {
    const { doc } = deps;
    this.now = deps.now ?? (() => performance.now());
    this.openedAt = this.now();
    this.texts = new StoryTexts(deps.story);
    this.clock = new ActiveClock(() => doc.visibilityState === 'visible', this.now);
    this.highlights = new PageHighlighting({
      doc,
      story: deps.story,
      texts: this.texts,
      map: () => this.pageMap(),
      names: deps.highlightNames ?? DEFAULT_HIGHLIGHT_NAMES,
      recording: () => this.record?.recording === true,
      send: (message) => (this.link?.send(message), this.link !== null),
    });
    this.readMarks = new PageReadMarks({
      doc,
      story: deps.story,
      readingSpeed: deps.readingSpeed,
      map: () => this.pageMap(),
      record: () => this.record,
      send: (chapterId, chapterIndex) => {
        if (!this.link) return false;
        const seq = this.highlights.nextSeq();
        this.link.send({ type: 'chapter-read', seq, chapterId, chapterIndex });
        return true;
      },
      now: this.now,
      openedAt: this.openedAt,
    });
  }

  /** Says which work the page shows and starts following the reader's scrolling. */
  start(): void {
    const { doc } = this.deps;
    const win = doc.defaultView;
    if (!win) return;
    const signal = this.stop.signal;
    const options = { capture: true, passive: true, signal };
    const acted = () => {
      this.acted = true;
      this.inputAt = this.now();
      this.clock.activity();
    };
    for (const type of ['keydown', 'wheel', 'touchstart', 'pointerdown']) {
      win.addEventListener(type, acted, options);
    }
    win.addEventListener('scroll', () => this.scrolled(), { passive: true, signal });
    win.addEventListener('pagehide', () => this.flush(), { signal });
    doc.addEventListener(
      'visibilitychange',
      () => {
        this.clock.visibilityChanged();
        if (doc.visibilityState === 'hidden') this.flush();
      },
      { signal },
    );
    this.link = this.deps.connect(
      (reply) => this.onReply(reply),
      () => [...(this.unacked ? [this.unacked] : []), ...this.highlights.unacknowledged()],
    );
    this.link.open(openMessage(this.deps.story));
    this.highlights.start(signal);
  }

  /** Stops (the reader opened over the page, or the page went): the last position goes first. */
  close(): void {
    this.flush();
    this.stop.abort();
    this.highlights.clear();
    this.readMarks.stop();
    this.link?.close();
    this.link = null;
  }

  /** Sends where the reader is now, if they moved since the last send. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.acted) this.take();
  }

  /** Scrolls the page to a place of the story (the reader closed there); false if not on it. */
  show(place: { chapterId: string; block: number; offset?: number }): boolean {
    const chapterIndex = this.deps.story.chapters.findIndex((c) => c.id === place.chapterId);
    if (chapterIndex < 0) return false;
    return this.land({ chapterIndex, block: place.block, offset: place.offset ?? 0 });
  }

  private onReply(reply: PageReply): void {
    // Highlights and read marks are numbered apart: only a position's answer acknowledges one.
    if (this.highlights.onReply(reply)) return;
    if (reply.type === 'saved') {
      if (this.unacked && acknowledgesPosition(reply.seq, this.unacked.seq)) this.unacked = null;
    } else if (reply.type === 'state') {
      const first = this.record === null;
      this.record = reply;
      if (first) {
        this.resume();
        // A short text may end on screen without a scroll: look once it had time to be read.
        this.readMarks.check();
      }
    }
  }

  /** Lands on the saved line, if the page holds it and nothing says otherwise. */
  private resume(): void {
    const { doc, story } = this.deps;
    const saved = this.record?.progress?.last;
    // The reader followed a link to a part of the page (a comment, a chapter), or asked not to.
    if (!saved || this.deps.resume !== 'auto' || pointsIntoPage(doc.location.hash)) return;
    const place = placePosition(story, this.texts, saved);
    if (!place || this.acted) return;
    const target = { chapterIndex: place.chapterIndex, block: place.block, offset: place.offset };
    this.latest = saved;
    this.land(target);
    // Images and fonts still loading move the text: land again once they have, unless the
    // reader has started reading meanwhile.
    const again = () => {
      if (!this.acted && !this.stop.signal.aborted) this.land(target);
    };
    if (doc.readyState !== 'complete') {
      doc.defaultView?.addEventListener('load', again, { once: true, signal: this.stop.signal });
    }
  }

  private land(place: { chapterIndex: number; block: number; offset: number }): boolean {
    const map = this.pageMap();
    this.landedAt = this.now();
    return scrollToPlace(map, place, visibleTop(this.deps.doc));
  }

  private scrolled(): void {
    // Only the reader's own moves count: not the browser restoring a scroll, nor our landing
    // (a scroll just after it, with no input of the reader's since, is the landing's).
    if (!this.acted) return;
    if (this.inputAt <= this.landedAt && this.now() < this.landedAt + OWN_SCROLL_MS) return;
    this.clock.activity();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.take();
    }, SEND_EVERY_MS);
  }

  private pageMap(): PageMap {
    this.map ??= PageMap.build(this.deps.doc.body, this.deps.story, this.texts);
    return this.map;
  }

  /** Takes the position at the top line; sends it if it moved, and looks at the read marks. */
  private take(): void {
    if (!this.record || !this.link) return;
    const { doc, story } = this.deps;
    const map = this.pageMap();
    const top = firstLineAt(map, visibleTop(doc) + TOP_LINE_PX);
    if (!top) return;
    const position = takePosition(story, this.texts, this.texts, top);
    this.readMarks.check();
    if (!position) return;
    const latest = this.latest;
    if (
      latest &&
      compareLocation(position, latest) === 0 &&
      position.chapterId === latest.chapterId
    )
      return;
    this.latest = position;
    this.unacked = { type: 'position', seq: ++this.seq, position, activeMs: this.clock.take() };
    this.link.send(this.unacked);
  }
}
