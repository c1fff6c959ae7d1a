import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';

// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive stock Firefox). The Firefox MV3 test build must exist (npm run build:e2e), whose
// shadow root is open so the test can look inside; it is otherwise the build that ships.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const pages = new Map([[ao3WorkUrl(work, view), ao3WorkPage(work, view)]]);

async function servePages(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    url.hash = '';
    const body = pages.get(url.href);
    void (body
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : request.respond({ status: 404, contentType: 'text/plain', body: '' }));
  });
}

const openCount = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('fic-reader')
        ?.shadowRoot?.querySelector('[data-testid="open-count"]')
        ?.getAttribute('data-open-count') ?? null,
  );

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
    const id = await browser.installExtension(resolve('.output/firefox-mv3-e2e'));
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
