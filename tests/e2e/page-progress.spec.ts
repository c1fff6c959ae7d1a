import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { lighthouseWork } from '../pages/samples';
import { expect, readerOf, setSettings, test } from './harness';
import {
  pageFirstLine,
  pageTopLine,
  pageTopParagraph,
  startsOnLine,
  wheelTo,
} from './page-helpers';
import {
  firstLine,
  readChapters,
  topLine,
  scrollTo,
  settledFirstLine,
  storedProgress,
  waitStored,
} from './reading-helpers';
import { chapterUrl, KEY, serveWork } from './sample-work';

/**
 * Issue 10, "without the reader": with the reader switched off for a site, progress is kept on
 * the site's own page with the same positions, so the page and the reader agree on one place.
 * Issue 13: closing the reader shows the page at the paragraph that was being read.
 */

test.describe('progress on the site’s own page', () => {
  test('the reader switched off: read to the middle with the wheel, reload, the same first line', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    await expect(page.locator('#chapters div.userstuff')).toBeVisible();
    await wheelTo(page, 0.45);
    await page.waitForTimeout(700);
    const line = await pageFirstLine(page);
    expect(line.length).toBeGreaterThan(10);
    await waitStored(serviceWorker, KEY, line);
    // No reader over the page: the site's own page kept it.
    expect(await page.locator('fic-reader-host, [data-fic-reader]').count()).toBe(0);

    await page.reload();
    await expect(page.locator('#chapters div.userstuff')).toBeVisible();
    await expect.poll(() => pageFirstLine(page)).toBe(line);
  });

  test('the page lands where the reader left off, and the reader where the page left off', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    // Read in the reader to the middle of chapter 2.
    const page = await context.newPage();
    await page.goto(chapterUrl(1));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.5);
    const readerLine = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, readerLine);
    await page.close();

    // The site's own page, the reader switched off: the same line starts the top of the page.
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    const site = await context.newPage();
    await site.goto(chapterUrl(1));
    await expect
      .poll(async () =>
        startsOnLine(readerLine, await pageTopLine(site), await pageFirstLine(site, 300)),
      )
      .toBe(true);

    // Read on there, then the reader again: it lands on the page's line.
    await wheelTo(site, 0.8);
    await site.waitForTimeout(700);
    const pageLine = await pageFirstLine(site);
    expect(pageLine).not.toBe(readerLine);
    await waitStored(serviceWorker, KEY, pageLine);
    await site.close();
    await setSettings(serviceWorker, { autoOpenOff: [] });
    const again = await context.newPage();
    await again.goto(chapterUrl(1));
    const back = await readerOf(again);
    await expect(back.getByTestId('reader')).toBeVisible();
    await settledFirstLine(again, back);
    expect(startsOnLine(pageLine, await topLine(back), await firstLine(back, 300))).toBe(true);
  });

  test('a page opened at a link to a part of it, or only looked at, does not move the place', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    await wheelTo(page, 0.6);
    await page.waitForTimeout(700);
    const line = await pageFirstLine(page);
    await waitStored(serviceWorker, KEY, line);
    await page.close();

    // A link to the comments: the page stays where the link points.
    const linked = await context.newPage();
    await linked.goto(`${chapterUrl(2)}#comments`);
    await linked.waitForTimeout(800);
    expect(await pageFirstLine(linked)).not.toBe(line);
    // Scrolled by the page's own script, not by the reader: nothing is written.
    await linked.evaluate(() => window.scrollTo(0, 0));
    await linked.waitForTimeout(800);
    await linked.close();
    expect((await storedProgress(serviceWorker, KEY))?.last?.quote.slice(0, 20)).toBe(
      line.slice(0, 20),
    );
  });

  test('a chapter only opened is not read; a short one-shot read to its end is', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    const opened = await context.newPage();
    await opened.goto(chapterUrl(0));
    await opened.waitForTimeout(4_000);
    await opened.close();

    const oneShot = lighthouseWork();
    const url = pages.serve(
      ao3WorkUrl(oneShot, { kind: 'single' }),
      ao3WorkPage(oneShot, { kind: 'single' }),
    );
    const page = await context.newPage();
    await page.goto(url);
    await wheelTo(page, 1);
    await expect
      .poll(() => readChapters(serviceWorker), { timeout: 20_000, intervals: [1000] })
      .toEqual([`ao3:${oneShot.id}:1`]);
  });
});

test.describe('closing the reader', () => {
  test('shows the site’s page at the paragraph that was being read', async ({ context, pages }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.6);
    const line = await settledFirstLine(page, reader);
    await page.keyboard.press('Escape');
    await expect(page.locator('#chapters div.userstuff')).toBeVisible();
    // The paragraph at the top of the page is the one the reader's top line is in.
    await expect
      .poll(async () => {
        const paragraph = await pageTopParagraph(page);
        return paragraph.includes(line.slice(0, 20));
      })
      .toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(200);
  });
});
