import { browser } from 'wxt/browser';

/** The first-run page, inside the extension (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page once, when the extension is first installed: not on updates, nor when
 * the browser updates (issue 13). Registered synchronously with the background's other listeners.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
}
