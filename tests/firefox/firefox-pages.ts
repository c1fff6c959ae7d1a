import type { Browser, Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';

// What the Firefox tests (smoke.test.ts) do in the pages: serve the saved chapter at its real
// address, find the reader's frame, read what it shows, open the extension's own pages.

/** The work the tests read: three chapters, the second one served. */
export const work = mobyDickWork(3);
export const view = { kind: 'chapter', index: 1 } as const;
const pages = new Map([[ao3WorkUrl(work, view), ao3WorkPage(work, view)]]);

export async function servePages(page: Page) {
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
 * The reader's frame. Over BiDi a frame that navigated to the extension's page can still be
 * listed as about:blank, so every child frame is asked where it is.
 */
export async function readerFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const here = await frame.evaluate(() => location.pathname).catch(() => null);
    if (here === '/reader.html') return frame;
  }
  return null;
}

/** The reader's "opened N times" (null until the reader and its record are there). */
export async function openCount(page: Page): Promise<string | null> {
  const frame = await readerFrame(page);
  return (
    (await frame
      ?.evaluate(
        () =>
          document.querySelector('[data-testid="open-count"]')?.getAttribute('data-open-count') ??
          null,
      )
      .catch(() => null)) ?? null
  );
}

/** The first ~40 characters at the top of the reader (null until there is text). */
export async function firstLine(page: Page): Promise<string | null> {
  const frame = await readerFrame(page);
  return (
    (await frame
      ?.evaluate(() => {
        const scroller = document.querySelector('[data-testid="reader-scroll"]');
        if (!scroller) return null;
        const top = scroller.getBoundingClientRect().top + 4;
        const block = [
          ...document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *'),
        ].find((e) => e.getBoundingClientRect().bottom > top);
        if (!block) return null;
        const box = block.getBoundingClientRect();
        const at = document.caretPositionFromPoint(box.left + 1, Math.max(top, box.top + 1));
        const range = document.createRange();
        range.selectNodeContents(block);
        if (at && block.contains(at.offsetNode)) range.setStart(at.offsetNode, at.offset);
        return range.toString().replace(/\s+/g, ' ').trim().slice(0, 40);
      })
      .catch(() => null)) ?? null
  );
}

/** What the reader draws with the CSS Custom Highlight API, by highlight name. */
export async function drawnIn(page: Page): Promise<Record<string, string[]>> {
  const frame = await readerFrame(page);
  return (
    (await frame
      ?.evaluate(() => {
        const out: Record<string, string[]> = {};
        CSS.highlights.forEach((highlight, name) => {
          out[name] = [...(highlight as unknown as Set<Range>)].map((r) =>
            r.toString().replace(/\s+/g, ' ').trim(),
          );
        });
        return out;
      })
      .catch(() => ({}))) ?? {}
  );
}

/** The tab showing an extension page (over BiDi its URL can read about:blank: ask it). */
export async function extensionTab(browser: Browser, path: string): Promise<Page | null> {
  for (const page of await browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.includes(path)) return page;
  }
  return null;
}

/**
 * Opens one of the extension's pages in a tab. WebDriver may not navigate to an extension's
 * page, so the reader's frame (an extension page itself) opens it, as the popup's links do.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
): Promise<{ page: Page; story: Page }> {
  const story = await browser.newPage();
  await servePages(story);
  await story.goto(ao3WorkUrl(work, view));
  await expect.poll(() => firstLine(story), { timeout: 10_000 }).not.toBeNull();
  await (
    await readerFrame(story)
  )?.evaluate((url) => {
    window.open(url, '_blank');
  }, path);
  await expect.poll(() => extensionTab(browser, path), { timeout: 10_000 }).not.toBeNull();
  return { page: (await extensionTab(browser, path))!, story };
}
