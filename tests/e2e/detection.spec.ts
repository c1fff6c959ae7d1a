import { ao3AdultGatePage, ao3ListingPage, ao3NavigatePage } from '../pages/ao3/other-pages';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { ffnChapterPage, ffnChapterUrl, ffnNotFoundPage } from '../pages/ffnet';
import {
  mobyDickRoyalRoad,
  royalRoadChapterPage,
  royalRoadChapterUrl,
  royalRoadFictionPage,
  royalRoadFictionUrl,
} from '../pages/royalroad';
import { lighthouseWork, mobyDickFfn, mobyDickWork } from '../pages/samples';
import { mobyDickForum, xenforoReaderPage, xenforoReaderUrl } from '../pages/xenforo';
import { expect, messageTab, setSettings, test, waitForCover, readerOf } from './harness';

// What code run inside the extension's service worker sees.
declare const chrome: typeof import('wxt/browser').browser;

// The reader's UI appears on story pages only, at their real URLs; every other page of the same
// sites is left exactly as the site shows it.

const work = mobyDickWork(3);
const ffn = mobyDickFfn(3);
const rr = mobyDickRoyalRoad(3);
const forum = mobyDickForum('forums.spacebattles.com', 3);

const stories: [string, string, string, string][] = [
  [
    'an AO3 chapter',
    ao3WorkUrl(work, { kind: 'chapter', index: 1 }),
    ao3WorkPage(work, { kind: 'chapter', index: 1 }),
    'The Carpet-Bag',
  ],
  [
    'an AO3 one-shot',
    ao3WorkUrl(lighthouseWork(), { kind: 'single' }),
    ao3WorkPage(lighthouseWork(), { kind: 'single' }),
    'The Lighthouse Keeper',
  ],
  [
    'an AO3 entire work',
    ao3WorkUrl(work, { kind: 'entire' }),
    ao3WorkPage(work, { kind: 'entire' }),
    'The Spouter-Inn',
  ],
  ['a FanFiction.Net chapter', ffnChapterUrl(ffn, 2), ffnChapterPage(ffn, 2), 'The Carpet-Bag'],
  ['a Royal Road chapter', royalRoadChapterUrl(rr, 0), royalRoadChapterPage(rr, 0), 'Loomings'],
  [
    'a SpaceBattles reader page',
    xenforoReaderUrl(forum),
    xenforoReaderPage(forum),
    'The Spouter-Inn',
  ],
];

const others: [string, string, string][] = [
  [
    'the AO3 adult-content gate',
    'https://archiveofourown.org/works/1851',
    ao3AdultGatePage(work, 2025),
  ],
  [
    'an AO3 chapter index',
    'https://archiveofourown.org/works/1851/navigate',
    ao3NavigatePage(work),
  ],
  [
    'an AO3 listing',
    'https://archiveofourown.org/tags/Whaling/works',
    ao3ListingPage('Whaling', [work]),
  ],
  ['a missing FanFiction.Net story', 'https://www.fanfiction.net/s/404/1/', ffnNotFoundPage()],
  ['a Royal Road fiction page', royalRoadFictionUrl(rr), royalRoadFictionPage(rr)],
];

test.describe('the reader appears only on story pages', () => {
  for (const [name, url, html, chapterTitle] of stories) {
    test(`opens on ${name}`, async ({ context, pages, serviceWorker }) => {
      await waitForCover(serviceWorker);
      pages.serve(url, html);
      const page = await context.newPage();
      await page.goto(url);
      await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
      await expect(
        (await readerOf(page)).getByTestId('chapter').filter({ hasText: chapterTitle }),
      ).toHaveCount(1);
      await expect((await readerOf(page)).getByTestId('chapter-text').first()).not.toBeEmpty();
    });
  }

  for (const [name, url, html] of others) {
    test(`leaves ${name} alone`, async ({ context, pages, serviceWorker }) => {
      await waitForCover(serviceWorker);
      pages.serve(url, html);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await page.locator('fic-reader').count()).toBe(0);
      // The cover never stays over a page that is not a story.
      const body = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { display: style.display, visibility: style.visibility };
      });
      expect(body).toEqual({ display: 'block', visibility: 'visible' });
    });
  }
});

test.describe('the per-site switch', () => {
  test('with AO3 switched off, the page shows as the site made it, and the reader opens on request', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    // The cover is no longer registered for AO3's hosts.
    await expect
      .poll(() =>
        serviceWorker.evaluate(async () => {
          const [script] = await chrome.scripting.getRegisteredContentScripts({
            ids: ['fic-reader-cover'],
          });
          return script?.matches?.includes('*://archiveofourown.org/*') ?? false;
        }),
      )
      .toBe(false);
    const url = pages.serve(
      ao3WorkUrl(work, { kind: 'chapter', index: 1 }),
      ao3WorkPage(work, { kind: 'chapter', index: 1 }),
    );
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.locator('fic-reader').count()).toBe(0);
    await messageTab(serviceWorker, url, { type: 'reader/open' });
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
  });
});
