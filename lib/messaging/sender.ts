/** The parts of a message's or a port's sender the background looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

/** Where a message may come from. */
export type SenderKind =
  /** A content script on a site's own page (the reader switched off there, or today's reader). */
  | 'story-tab'
  /** The reader: our `reader.html` in a frame inside the page's tab. */
  | 'reader-frame'
  /** Our own pages: the popup and the library. */
  | 'extension-page';

/** A sender the background knows, with what it may claim. */
export type KnownSender =
  | { kind: 'story-tab' | 'reader-frame'; pageUrl: URL; incognito: boolean; tabId?: number }
  | { kind: 'extension-page' };

/** What the background knows about itself to recognise senders. */
export interface SenderContext {
  extensionId: string;
  /** The URL prefix of the extension's pages ("chrome-extension://<id>/"). */
  extensionOrigin: string;
  /** The reader frame's page (`browser.runtime.getURL('/reader.html')`). */
  readerUrl: string;
}

function httpUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Says who sent a message. Other extensions are refused outright. The page a reader or a content
 * script speaks for is the **tab's** address (the reader frame's own URL is ours), so the work is
 * always derived from what the browser says the tab shows, never from the payload.
 */
export function classifySender(
  sender: Sender,
  context: SenderContext,
): KnownSender | { kind: 'refused'; error: string } {
  if (sender.id !== context.extensionId) return { kind: 'refused', error: 'unknown sender' };
  const url = sender.url ?? '';
  const tab = sender.tab;
  if (url.split(/[?#]/)[0] === context.readerUrl) {
    const pageUrl = httpUrl(tab?.url);
    if (!tab || !pageUrl)
      return { kind: 'refused', error: 'the reader is not in a web page’s tab' };
    return { kind: 'reader-frame', pageUrl, incognito: tab.incognito === true, tabId: tab.id };
  }
  if (url.startsWith(context.extensionOrigin)) return { kind: 'extension-page' };
  // A content script: the tab's address when the browser gives it, else the frame's (the same
  // for our top-frame-only scripts).
  const pageUrl = httpUrl(tab?.url ?? url);
  if (!tab || !pageUrl) return { kind: 'refused', error: 'not sent from a tab' };
  return { kind: 'story-tab', pageUrl, incognito: tab.incognito === true, tabId: tab.id };
}
