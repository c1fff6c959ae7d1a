import * as v from 'valibot';

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
}
