import type { PageReply } from '../../messaging/reading-port';
import { chapterOrder } from '../../reader/progress/chapter-order';
import { countsAsRead } from '../../reader/progress/read-marks';
import type { Story } from '../../sites/types';
import { chapterEndSeen } from './page-geometry';
import type { PageMap } from './page-map';

/** What the read marks on a site's own page need. */
export interface PageReadMarksDeps {
  doc: Document;
  story: Story;
  /** Words a minute, for when a chapter counts as read. */
  readingSpeed: number;
  map: () => PageMap;
  /** The background's record (chapters already read), once it came. */
  record: () => Extract<PageReply, { type: 'state' }> | null;
  /** Sends a chapter-read mark; false while the port is not open. */
  send: (chapterId: string, chapterIndex: number) => boolean;
  now: () => number;
  openedAt: number;
}

/**
 * Chapters read on a site's own page (issue 10): read when the chapter's end has been on
 * screen after long enough on the page for its words (the reader's rule, read-marks.ts).
 * Each chapter is marked once; a chapter at its end too soon is looked at again a second later.
 */
export class PageReadMarks {
  private readonly marked = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: PageReadMarksDeps) {}

  check(): void {
    const { doc, story } = this.deps;
    if (doc.visibilityState !== 'visible') return;
    const height = doc.defaultView?.innerHeight ?? 0;
    story.chapters.forEach((chapter, index) => {
      if (this.marked.has(chapter.id) || !chapter.complete) return;
      if (this.deps.record()?.chapters.some((c) => c.chapterId === chapter.id && c.read)) return;
      if (!chapterEndSeen(this.deps.map(), index, height)) return;
      const ask = {
        endOnScreen: true,
        msOnPage: this.deps.now() - this.deps.openedAt,
        words: chapter.words,
        wpm: this.deps.readingSpeed,
      };
      if (!countsAsRead(ask)) {
        // Look again once enough time has passed, in case the reader stays at the end.
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.check(), 1000);
        return;
      }
      if (this.deps.send(chapter.id, chapterOrder(story, index))) this.marked.add(chapter.id);
    });
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
