import type { NotStoryReason } from '../sites/types';

/**
 * Messages the extension sends to the reader in a tab (the popup's "Open in reader", the
 * keyboard shortcut). Plain types: the content script checks them by hand
 * (lib/content/tab-requests.ts), so no schema library is bundled into it.
 */
export type TabRequest =
  /** Open the reader on this page, or close it if open. */
  | { type: 'reader/toggle' }
  /** Open the reader on this page (no-op if open). */
  | { type: 'reader/open' }
  /** Say what this page is and whether the reader is open. */
  | { type: 'reader/state' };

/** What a tab's reader answers. */
export interface TabReply {
  ok: boolean;
  open: boolean;
  /** The page is a story (undefined while the page is still being read). */
  story?: boolean;
  title?: string;
  /** Why the page is not a story, when it is not. */
  reason?: string;
  // Optional, for the popup's view of the tab (issue 12); the content script fills them when it
  // knows them, and the popup falls back to what the tab's address says.
  /** The site's id and name ("ao3", "Archive of Our Own"). */
  site?: string;
  siteName?: string;
  /** The work the page shows, and the chapter's title as the page states it. */
  workId?: string;
  chapterTitle?: string;
  /** What kind of page it is when it is not a story (listing, login wall, adult gate…). */
  notStory?: NotStoryReason;
}
