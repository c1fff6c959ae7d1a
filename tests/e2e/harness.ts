import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, PageServer } from '../support/browser';

// What code run inside the extension's service worker (sw.evaluate) sees.
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The end-to-end harness: real Chromium with the built extension loaded (the build that ships),
 * saved pages served at their real URLs (tests/support/browser.ts), the extension's pages opened
 * by id, the background's IndexedDB read from the test, and the reader reached through its frame
 * (the page itself cannot reach it: it sits in a closed shadow root).
 */

/**
 * The reader's frame in a tab, once it is there. A new one after every load of the page: call
 * it again after a navigation.
 */
export async function readerOf(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /\/reader\.html/.test(f.url()) && !f.isDetached());
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no reader frame in ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Runs axe-core inside the reader's frame (its page's CSP forbids injected scripts; CDP may). */
export async function axeInReader(page: Page): Promise<{ id: string; targets: string[] }[]> {
  const frame = await readerOf(page);
  const cdp = await page.context().newCDPSession(frame);
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await cdp.send('Runtime.evaluate', { expression: source });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as { id: string; targets: string[] }[];
}

/** Reads every record of a store of the background's database. */
export async function readStore(sw: Worker, store: string): Promise<unknown[]> {
  return sw.evaluate(
    (name) =>
      new Promise<unknown[]>((resolveRead, reject) => {
        const open = indexedDB.open('fic-reader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolveRead(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Stops the extension's service worker, as the browser does when it is idle. */
export async function stopServiceWorker(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The extension's running service worker, waiting for one to start if needed. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker');
}

export const test = base.extend<{
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  pages: PageServer;
}>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'fic-reader-e2e-'));
    const context = await launchWithExtension(dir, true, EXTENSION_DIR);
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  pages: async ({ context }, use) => {
    const server = new PageServer(context);
    await server.start();
    await use(server);
  },
});

/** Sends a message to the reader in the tab showing `url`, from the background (as the popup does). */
export async function messageTab(sw: Worker, url: string, message: object): Promise<unknown> {
  return sw.evaluate(
    async ({ url, message }) => {
      const [tab] = await chrome.tabs.query({ url: url.replace(/#.*$/, '') });
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  );
}

/** Sets settings in extension storage, as the popup does, and waits for the cover to follow. */
export async function setSettings(sw: Worker, values: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (entries) => {
    await chrome.storage.local.set(
      Object.fromEntries(Object.entries(entries).map(([k, v]) => [`settings.${k}`, v])),
    );
  }, values);
  if (values.theme !== undefined) await waitForCover(sw, values.theme as string);
}

/** Waits until the background has registered the cover stylesheet (for `theme`, if given). */
export async function waitForCover(sw: Worker, theme?: string): Promise<void> {
  await expect
    .poll(
      () =>
        sw.evaluate(async () => {
          const [script] = await chrome.scripting.getRegisteredContentScripts({
            ids: ['fic-reader-cover'],
          });
          return script?.css?.[0] ?? '';
        }),
      { timeout: 10_000 },
    )
    .toContain(theme ? `cover/${theme}` : 'cover/');
}

export { expect };
