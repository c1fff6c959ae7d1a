import * as v from 'valibot';
import type { NotStoryReason } from '../sites/types';

/**
 * Messages the extension sends to the reader in a tab (the popup's "Open in reader", the
 * keyboard shortcut). The tab checks them like the background checks its own.
 */
export const TabRequestSchema = v.variant('type', [
  /** Open the reader on this page, or close it if open. */
  v.object({ type: v.literal('reader/toggle') }),
  /** Open the reader on this page (no-op if open). */
  v.object({ type: v.literal('reader/open') }),
  /** Say what this page is and whether the reader is open. */
  v.object({ type: v.literal('reader/state') }),
]);

/** A request to a tab's reader. */
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

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
