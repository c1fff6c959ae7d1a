import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';

// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive stock Firefox), on the Firefox MV3 build that ships (npm run build:firefox). The
// reader lives in a frame of the extension's own: the test looks inside that frame.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The extension's origin, fixed so the test can open its pages (Firefox picks a random one).
const EXTENSION_UUID = '5f0c2c4e-1d7a-4c1b-9a53-6a1f0e2d3b7c';
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'fic-reader-firefox-downloads-'));
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
 * The reader's frame. Over BiDi a frame that navigated to the extension's page can still be
 * listed as about:blank, so every child frame is asked where it is.
 */
async function readerFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const here = await frame.evaluate(() => location.pathname).catch(() => null);
    if (here === '/reader.html') return frame;
  }
  return null;
}

/** The reader's "opened N times" (null until the reader and its record are there). */
async function openCount(page: Page): Promise<string | null> {
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
async function firstLine(page: Page): Promise<string | null> {
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
async function drawnIn(page: Page): Promise<Record<string, string[]>> {
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
async function extensionTab(browser: Browser, path: string): Promise<Page | null> {
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
async function openExtensionPage(
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

describe('Firefox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({
          'fic-reader@fic-reader': EXTENSION_UUID,
        }),
        // Optional permissions are granted without the doorhanger a test cannot click: the
        // request itself still runs, from the click, as for a reader.
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.dir': DOWNLOADS,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        // The test opens the settings from a script, without a click: no popup blocker.
        'dom.disable_open_during_load': false,
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(DOWNLOADS, { recursive: true, force: true });
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

  it('keeps the reader’s place: read to the middle, reload, the same first line', async () => {
    const page = await browser.newPage();
    await servePages(page);
    await page.goto(ao3WorkUrl(work, view));
    await expect.poll(() => firstLine(page), { timeout: 10_000 }).not.toBeNull();
    const frame = await readerFrame(page);
    await frame?.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
      if (scroller) scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * 0.5;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const line = await firstLine(page);
    expect(line).toBeTruthy();
    await page.reload();
    await expect.poll(() => firstLine(page), { timeout: 10_000 }).toBe(line);
    await page.close();
  });

  it('keeps a highlight: select words, pick a colour, reload, it is drawn', async () => {
    const page = await browser.newPage();
    await servePages(page);
    await page.goto(ao3WorkUrl(work, view));
    await expect.poll(() => firstLine(page), { timeout: 10_000 }).not.toBeNull();
    const frame = await readerFrame(page);
    // The first words of the chapter's second paragraph, selected as a reader's drag would.
    const words = await frame?.evaluate(() => {
      const block = document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > p')[1];
      const text = block?.firstChild;
      if (!block || !(text instanceof Text)) return null;
      block.scrollIntoView();
      const end = text.data.lastIndexOf(' ', 30);
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return range.toString();
    });
    expect(words).toBeTruthy();
    const swatch = await frame?.waitForSelector('[data-testid="hl-color-c2"]', { visible: true });
    await swatch?.click();
    await expect.poll(() => drawnIn(page), { timeout: 10_000 }).toMatchObject({ 'fr-c2': [words] });
    await page.reload();
    await expect.poll(() => drawnIn(page), { timeout: 10_000 }).toMatchObject({ 'fr-c2': [words] });
    await page.close();
  });

  it('turns the weekly backup on from the settings: the permission is asked, a dated file lands in Downloads', async () => {
    const { page, story } = await openExtensionPage(browser, '/library.html#/settings/backups');
    const box = await page.waitForSelector('::-p-text(Save a backup into Downloads every week)');
    await box?.click();
    await page.waitForFunction(() => document.body.textContent?.includes('Files go to Downloads'));
    const folder = join(DOWNLOADS, 'Fic Reader');
    const saved = () => {
      try {
        return readdirSync(folder).filter((f) =>
          /^fic-reader-backup-\d{4}-\d\d-\d\d\.json$/.test(f),
        );
      } catch {
        return [];
      }
    };
    await expect.poll(saved, { timeout: 20_000 }).toHaveLength(1);
    // Read once written in full (the name can appear while the download is still finishing).
    const read = () => {
      try {
        return JSON.parse(readFileSync(join(folder, saved()[0]!), 'utf8')) as {
          format: string;
          works: { key: string }[];
        };
      } catch {
        return null;
      }
    };
    await expect.poll(read, { timeout: 10_000 }).not.toBeNull();
    const backup = read()!;
    expect(backup.format).toBe('fic-reader-backup');
    expect(backup.works.map((w) => w.key)).toContain('ao3:1851');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { browser: typeof import('wxt/browser').browser }
        ).browser.permissions.contains({ permissions: ['downloads'] }),
      ),
    ).toBe(true);
    await page.close();
    await story.close();
  });

  it('opens the popup from the snapshot the background keeps: the work read is listed', async () => {
    const { page, story } = await openExtensionPage(browser, '/popup.html');
    await page.waitForSelector('[data-testid="work-item"]');
    const shown = await page.evaluate(() => ({
      titles: [...document.querySelectorAll('[data-testid="work-item"]')].map(
        (li) => li.textContent,
      ),
      prefetched: performance.getEntriesByName('fic-reader:popup-prefetch').length,
    }));
    expect(shown.titles.join(' ')).toContain('Moby-Dick');
    // The head script ran before the modules, and the snapshot is in storage.session.
    expect(shown.prefetched).toBe(1);
    const snapshot = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
        .browser;
      return (await api.storage.session.get('popupSnapshot')).popupSnapshot as {
        recent: { key: string }[];
      };
    });
    expect(snapshot.recent.map((w) => w.key)).toContain('ao3:1851');
    await page.close();
    await story.close();
  });
});
