import type { ReadingMessage, ReadingReply } from '../../messaging/reading-protocol';
import type { Settings } from '../../settings/values';
import type { Story } from '../../sites/types';
import type { FromFrame, ToFrame, FrameSite } from '../channel/messages';
import { StoryAssembly } from '../channel/story-assembly';
import { ActiveClock } from '../progress/active-clock';
import { elsewhereOffer, lastReadOf } from '../progress/elsewhere-offer';
import { placePosition } from '../progress/place-position';
import { ProgressSync } from '../progress/progress-sync';
import { resumeOffer, savedChapterUrl, type ResumeOffer } from '../progress/resume-offer';
import type { ReaderHighlights } from '../highlights/reader-highlights';
import { highlightsForView } from '../highlights/reader-host';
import { ReaderView, type WorkRecord } from '../view/reader-view';
import { openMessage } from './open-message';
import { ReadingLink } from './reading-link';

/** How long the first paint waits for the background to say where the reader was. */
export const STATE_WAIT_MS = 600;

/** What the frame session needs from the frame. */
export interface FrameSessionOptions {
  settings: Promise<Settings>;
  /** Asks the page (close, navigate, comments). */
  toPage: (message: FromFrame) => void;
  mark: (name: string, options?: PerformanceMarkOptions) => void;
  /** A view exists: draw it from now on. */
  onView: (view: ReaderView) => void;
  /** The resume offer changed: redraw. */
  onOffer: () => void;
  signal: AbortSignal;
  doc: Document;
  now?: () => number;
}

/**
 * The reader frame's side of one opened page: puts the story together from the content
 * script's deltas, opens the work with the background (which answers with where the reader was),
 * lands on the saved line before showing anything (or offers it), and keeps the background told
 * where the reader is. Framework-free: the frame's wiring draws `view` and `offer`.
 */
export class FrameSession {
  view: ReaderView | null = null;
  offer: ResumeOffer | null = null;
  /** Where and when the reader last read this work, as it was when the page opened. */
  lastRead: { chapterLabel: string; at: number } | null = null;
  site: FrameSite | null = null;
  /** The work's highlights over the view (issue 11), once there is a view. */
  highlights: ReaderHighlights | null = null;
  private readonly assembly = new StoryAssembly();
  private record: WorkRecord | null = null;
  private recordArrived!: () => void;
  private readonly recordReady = new Promise<void>((resolve) => (this.recordArrived = resolve));
  private creating = false;
  private openedWith = '';
  private readonly link: ReadingLink<ReadingMessage, ReadingReply>;
  private readonly clock: ActiveClock;
  private sync: ProgressSync | null = null;
  /** A saved place on this page not read yet (a long entire work still arriving). */
  private awaited: ResumeOffer | null = null;
  private readonly now: () => number;

  constructor(private readonly options: FrameSessionOptions) {
    this.now = options.now ?? (() => Date.now());
    const doc = options.doc;
    this.clock = new ActiveClock(() => doc.visibilityState === 'visible');
    this.link = new ReadingLink(
      (reply) => this.onReply(reply),
      () => [...(this.sync?.pending() ?? []), ...(this.highlights?.unacknowledged() ?? [])],
    );
    const signal = options.signal;
    for (const type of ['scroll', 'keydown', 'pointerdown', 'wheel', 'touchstart']) {
      doc.addEventListener(type, () => this.clock.activity(), {
        capture: true,
        passive: true,
        signal,
      });
    }
    doc.addEventListener(
      'visibilitychange',
      () => {
        this.clock.visibilityChanged();
        if (doc.visibilityState === 'hidden') this.sync?.flush();
      },
      { signal },
    );
    doc.defaultView?.addEventListener('pagehide', () => this.sync?.flush(), { signal });
  }

  /** A message from the content script. */
  async handle(message: ToFrame): Promise<void> {
    if (message.type === 'timing')
      return this.options.mark(`page-${message.name}`, { detail: message.at });
    if (message.type === 'show-chapter') return this.view?.jumpTo(message.chapterId);
    this.site = message.site;
    const { story, replaced } = this.assembly.apply(message.head, message.blocks);
    if (!story) return;
    this.open(story);
    if (this.view) {
      this.view.update(story, replaced);
      return this.placeAwaited();
    }
    if (this.creating) return;
    this.creating = true;
    const settings = await this.options.settings;
    // Where was the reader? Wait for the answer a moment before painting anything.
    await Promise.race([this.recordReady, new Promise((r) => setTimeout(r, STATE_WAIT_MS))]);
    const latest = this.assembly.apply(undefined, []).story ?? story;
    const view = new ReaderView(latest, {
      baseUrl: message.baseUrl,
      settings,
      signal: this.options.signal,
      mark: (name) => this.options.mark(name),
    });
    this.view = view;
    if (this.record) view.setRecord(this.record);
    this.sync = new ProgressSync(view, (m) => this.link.send(m), this.clock);
    this.highlights = highlightsForView(view, {
      ...this.options,
      send: (m) => this.link.send(m),
      record: this.record,
    });
    this.options.onView(view);
    view.paintFirstScreen();
    await this.resume(true);
    this.reveal();
  }

  /** The reader accepted the resume offer. */
  async acceptOffer(): Promise<void> {
    const offer = this.offer;
    this.offer = null;
    this.options.onOffer();
    if (offer?.kind === 'offer' && offer.place) await this.view?.scrollTo(offer.place);
    else if (offer?.kind === 'offer' && offer.url)
      this.options.toPage({ type: 'navigate', url: offer.url });
  }

  dismissOffer(): void {
    this.offer = null;
    this.options.onOffer();
  }

  setSettings(settings: Settings): void {
    this.view?.setSettings(settings);
  }

  /** Tells the background which work this is; again when the page's chapters have grown. */
  private open(story: Story): void {
    const complete = story.chapters.every((c) => c.complete);
    const message = openMessage(story);
    const key = JSON.stringify(message.chapters);
    if (this.openedWith && (!complete || key === this.openedWith)) return;
    this.openedWith = key;
    this.link.open(message);
  }

  private onReply(reply: ReadingReply): void {
    // A highlight's answer or another tab's highlights are the highlights' alone (issue 11).
    if (this.highlights?.onReply(reply)) return;
    this.sync?.onReply(reply);
    if (reply.type === 'state') {
      const { type: _type, ...record } = reply;
      const first = this.record === null;
      if (first) {
        const last = record.progress?.last;
        const chapterNumber = record.chapters.find((c) => c.chapterId === last?.chapterId)?.number;
        this.lastRead = lastReadOf({ last, chapterNumber });
      }
      this.record = record;
      this.view?.setRecord(record);
      this.recordArrived();
      this.sync?.recheck();
      // The answer came after the reader was shown: land only if the reader has not moved yet.
      if (first && this.view && (this.sync?.position?.block ?? 0) === 0) void this.resume(false);
    } else if (reply.type === 'progress-changed' && this.record) {
      this.record = { ...this.record, progress: reply.progress, chapters: reply.chapters };
      this.view?.setRecord(this.record);
      this.offerFromElsewhere();
    }
  }

  /** Another tab of this work moved: offer its place here (elsewhere-offer.ts). */
  private offerFromElsewhere(): void {
    const view = this.view;
    const last = this.record?.progress?.last;
    if (!view || !last) return;
    const offer = elsewhereOffer({
      story: view.story,
      texts: view.texts,
      last,
      here: this.sync?.position ?? null,
      ...(this.record?.work?.lastUrl ? { workLastUrl: this.record.work.lastUrl } : {}),
    });
    if (!offer) return;
    this.offer = offer;
    this.options.onOffer();
  }

  /** Lands on or offers the saved place (once), as the reader's setting says. */
  private async resume(beforeShown: boolean): Promise<void> {
    const view = this.view;
    const saved = this.record?.progress?.last;
    if (!view || !saved) return;
    const behaviour = view.settings.resumeBehaviour;
    const story = view.story;
    const onPage = story.chapters.find((c) => c.id === saved.chapterId);
    // On this page but not arrived yet (a long entire work still loading): wait for it, hidden.
    if (onPage && saved.block >= onPage.blocks.length && !onPage.complete && beforeShown) {
      this.awaited = { kind: 'offer', label: '' };
      return;
    }
    const place = onPage ? placePosition(story, view.texts, saved) : null;
    const offer = resumeOffer({
      story,
      saved,
      place,
      behaviour,
      url: savedChapterUrl(story, saved, this.record?.work?.lastUrl),
      now: this.now(),
    });
    if (offer?.kind === 'land') await view.scrollTo(offer.place);
    else if (offer) {
      this.offer = offer;
      this.options.onOffer();
    }
  }

  private async placeAwaited(): Promise<void> {
    if (!this.awaited || !this.view) return;
    const saved = this.record?.progress?.last;
    const chapter = this.view.story.chapters.find((c) => c.id === saved?.chapterId);
    if (saved && chapter && saved.block >= chapter.blocks.length && !chapter.complete) return;
    this.awaited = null;
    await this.resume(true);
    this.reveal();
  }

  /** Shows the reader (it was hidden while it found its place) and marks that frame. */
  private reveal(): void {
    const view = this.view;
    if (!view || this.awaited || view.shown) return;
    view.show();
    requestAnimationFrame((frameTime) => {
      this.options.mark('first-frame', { startTime: frameTime });
      this.options.toPage({ type: 'first-frame', at: performance.timeOrigin + frameTime });
    });
  }
}
