import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ao3WorkUrl } from '../pages/ao3/work-page';
import {
  drawnIn,
  firstLine,
  openCount,
  openExtensionPage,
  readerFrame,
  servePages,
  view,
  work,
} from './firefox-pages';

// Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive stock Firefox), on the Firefox MV3 build that ships (npm run build:firefox). The
// reader lives in a frame of the extension's own: the test looks inside that frame.
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The extension's origin, fixed so the test can open its pages (Firefox picks a random one).
const EXTENSION_UUID = '5f0c2c4e-1d7a-4c1b-9a53-6a1f0e2d3b7c';
const DOWNLOADS = mkdtempSync(join(tmpdir(), 'fic-reader-firefox-downloads-'));
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
      fromSnapshot: performance.getEntriesByName('fic-reader:popup-from-snapshot').length,
    }));
    expect(shown.titles.join(' ')).toContain('Moby-Dick');
    // The head script ran before the modules, and the snapshot is in storage.session.
    expect(shown.prefetched).toBe(1);
    expect(shown.fromSnapshot).toBe(1);
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
