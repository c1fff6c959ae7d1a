import type { PositionFields } from '../progress/position-fields';
import type { SiteId } from '../sites/types';
import type { StoredAnchor } from '../reader/highlights/place';
import type { TextAnchorV1 } from '../anchoring/types';

/**
 * The reading port's name and, as plain types, the part of its protocol that a site's own page
 * speaks (issue 10: progress is kept there too when the reader is switched off for the site).
 * The content script bundles no schema library; the background checks every message against
 * `ReadingMessageSchema` (reading-protocol.ts) all the same, and a type test
 * (reading-port.test.ts) keeps these types within that protocol.
 */

/** The name of the long-lived port a reader (the frame, or a site's page) opens to the background. */
export const READING_PORT = 'fic-reader/reading';

/** `open`: the work as its page states it, the chapters on the page, the view. */
export interface PageOpenMessage {
  type: 'open';
  work: {
    site: SiteId;
    workId: string;
    title: string;
    authors: { name: string; url?: string }[];
    fandoms: string[];
    url: string;
    status: 'complete' | 'in-progress' | 'unknown';
    words?: number;
    chapterCount?: string;
  };
  chapterId?: string;
  chapters: { id: string; index?: number; number?: number; title?: string; words: number }[];
  view: 'chapter' | 'single' | 'entire' | 'multi';
}

/** A highlight made on a site's own page (the reader's selection there and a colour). */
export interface PageHighlightInput {
  id: string;
  anchor: TextAnchorV1;
  color: 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
  note: string;
}

/** What a site's own page sends: the work it shows, where the reader is, chapters read. */
export type PageMessage =
  | PageOpenMessage
  | { type: 'position'; seq: number; position: PositionFields; activeMs: number }
  | { type: 'chapter-read'; seq: number; chapterId: string; chapterIndex: number }
  | { type: 'highlight-put'; seq: number; highlight: PageHighlightInput };

/** A highlight as a site's own page draws it: the fields of the wire's HighlightView it reads. */
export interface PageHighlight {
  id: string;
  chapterId: string;
  anchor: StoredAnchor;
  color: 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
  deletedAt?: number | undefined;
}

/** What a site's own page reads of the background's replies (it ignores the rest). */
export type PageReply =
  | {
      type: 'state';
      recording: boolean;
      progress: { last?: PositionFields | undefined } | null;
      chapters: { chapterId: string; read: boolean }[];
      /** Drawn on the page; made there too, changed and removed in the reader. */
      highlights: PageHighlight[];
    }
  | { type: 'saved'; seq: number; recorded: boolean; highlight?: PageHighlight | undefined }
  | { type: 'refused'; seq?: number; error: string }
  | { type: 'progress-changed' }
  | { type: 'highlights-changed'; highlights: PageHighlight[] };
