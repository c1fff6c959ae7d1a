import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';

// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive stock Firefox), on the Firefox MV3 build that ships (npm run build:firefox). The
// reader lives in a frame of the extension's own: the test looks inside that frame.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const pages = new Map([[ao3WorkUrl(work, view), ao3WorkPage(work, view)]]);

async function servePages(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The extension's own pages (the reader's frame) load from the extension.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return void request.continue();
    url.hash = '';
    const body = pages.get(url.href);
    void (body
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : request.respond({ status: 404, contentType: 'text/plain', body: '' }));
  });
}

/**
 * The reader's "opened N times" (null until the reader and its record are there), read inside
 * the reader's frame. Over BiDi a frame that navigated to the extension's page can still be
 * listed as about:blank, so every child frame is asked where it is.
 */
async function openCount(page: Page): Promise<string | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const found = await frame
      .evaluate(() =>
        location.pathname === '/reader.html'
          ? (document
              .querySelector('[data-testid="open-count"]')
              ?.getAttribute('data-open-count') ?? null)
          : null,
      )
      .catch(() => null);
    if (found !== null) return found;
  }
  return null;
}

describe('Firefox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('installs the extension', async () => {
    const id = await browser.installExtension(resolve('.output/firefox-mv3'));
    expect(id).toBe('fic-reader@fic-reader');
  });

  it('runs the content script on a saved AO3 page and the background stores the work', async () => {
    const page = await browser.newPage();
    await servePages(page);
    await page.goto(ao3WorkUrl(work, view));
    await page.waitForFunction(() => document.querySelector('fic-reader') !== null);
    await expect.poll(() => openCount(page), { timeout: 10_000 }).toBe('1');
    // A second visit finds the record the background stored the first time.
    await page.reload();
    await expect.poll(() => openCount(page), { timeout: 10_000 }).toBe('2');
    await page.close();
  });
});
