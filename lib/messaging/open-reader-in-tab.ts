import { browser } from 'wxt/browser';
import type { TabReply, TabRequest } from './tab-protocol';

/** The on-demand reader bundle (entrypoints/reader-on-demand.content.ts). */
const ON_DEMAND = '/content-scripts/reader-on-demand.js';

/** Asks the reader in a tab something; undefined when no reader runs there. */
export async function askTab(tabId: number, request: TabRequest): Promise<TabReply | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as TabReply | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens (or toggles) the reader in a tab: the content script answers on the supported sites; on
 * any other page the reader is injected on request (activeTab, granted by the click or shortcut).
 */
export async function openReaderInTab(tabId: number, toggle: boolean): Promise<TabReply> {
  const reply = await askTab(tabId, { type: toggle ? 'reader/toggle' : 'reader/open' });
  if (reply) return reply;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [ON_DEMAND] });
  } catch {
    // The browser's own text ("Cannot access a chrome:// URL") means nothing to a reader.
    return {
      ok: false,
      open: false,
      reason:
        'The reader cannot open on this page: the browser keeps extensions out of its own pages and the extension stores.',
    };
  }
  // The injected reader opens by itself; ask how that went.
  for (let i = 0; i < 20; i++) {
    const state = await askTab(tabId, { type: 'reader/state' });
    if (state && (state.open || state.story === false)) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ok: false, open: false, reason: 'The reader did not answer.' };
}
