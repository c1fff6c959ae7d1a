import type { Chapter, KnownSiteId, SiteId, Story, UntrustedHtml } from '../../sites/types';

/**
 * The channel between the content script (in the page's process, next to the page's scripts)
 * and the reader frame (an extension page in a frame of its own: see lib/reader/README.md). It
 * is a MessagePort handed to the frame once: the page can neither listen to it nor write to it.
 * The content script sends the story as the page is read, a delta at a time; the frame asks the
 * page for what only the page can do (close, go to another chapter, show the comments). Nothing
 * private crosses it: settings, progress, highlights and notes go between the frame and the
 * background directly.
 */

/** A chapter without its text: the text follows in `blocks` messages. */
export type ChapterHead = Omit<Chapter, 'blocks'>;

/** The story without its chapters' text. */
export type StoryHead = Omit<Story, 'chapters'> & { chapters: ChapterHead[] };

/** Blocks appended to a chapter (or, with `from: 0` and `replace`, the chapter's text anew). */
export interface BlocksDelta {
  chapterId: string;
  /** Index of the first block in `blocks`. */
  from: number;
  blocks: UntrustedHtml[];
  /** The page changed text already sent (notes recognised late): start the chapter again. */
  replace?: boolean;
}

/** The site, for the settings panel's per-site switch and the site's own wording. */
export interface FrameSite {
  id: KnownSiteId | SiteId;
  name: string;
  /** A known site (the per-site "open by itself" switch applies). */
  known: boolean;
}

/** What the content script tells the reader frame. */
export type ToFrame =
  /** The story read so far: its head when it changed, and the blocks read since last time. */
  | { type: 'story'; head?: StoryHead; blocks: BlocksDelta[]; baseUrl: string; site: FrameSite }
  /** Moments of the content script's life, as epoch milliseconds (for the benchmark). */
  | { type: 'timing'; name: 'start' | 'page-read'; at: number }
  /** Scroll to a place the page asked for (a footnote, a chapter id in the URL). */
  | { type: 'show-chapter'; chapterId: string };

/** What the reader frame asks of the page. */
export type FromFrame =
  /** The frame took the port; what it sent first was rendered (epoch ms of that frame). */
  | { type: 'first-frame'; at: number }
  /** Close the reader and show the site (at the paragraph the reader was at). */
  | { type: 'close'; at?: { chapterId: string; block: number } }
  /** Load another page of the work (a chapter link, the next or previous chapter). */
  | { type: 'navigate'; url: string }
  /** Close the reader and show the site's comments. */
  | { type: 'comments' }
  /** The reader could not open: show the page. */
  | { type: 'failed'; reason: string };

/** The window message that hands the port to the frame (with the frame's nonce). */
export interface Handshake {
  type: 'fic-reader/port';
  nonce: string;
}
