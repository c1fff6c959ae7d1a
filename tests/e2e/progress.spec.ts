import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { lighthouseWork } from '../pages/samples';
import { expect, readerOf, setSettings, stopServiceWorker, test } from './harness';
import {
  firstLine,
  readChapters,
  scrollTo,
  settledFirstLine,
  storedProgress,
  topLine,
  waitStored,
} from './reading-helpers';
import { chapterUrl, KEY, serveWork, work } from './sample-work';

/**
 * Issue 10: the exact line the reader left, in every tab and every URL of a work, never lost and
 * never wrong. "The same line" is the first line at the top of the reader.
 */

test.describe('reading progress', () => {
  test('read to the middle of a chapter, reload: the same first line', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    let reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.45);
    const line = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, line);
    await page.reload();
    reader = await readerOf(page);
    await expect(reader.getByTestId('reader')).toBeVisible();
    expect(await settledFirstLine(page, reader)).toBe(line);
  });

  test('a bigger font and a narrower window keep the same first line', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(1));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.6);
    const line = await settledFirstLine(page, reader);
    // The text reflows: the line at the top is the one holding the words that started the old
    // top line (the words after them may now wrap onto the next line).
    const words = line.slice(0, 10);
    await setSettings(serviceWorker, { fontSize: 26 });
    await expect(reader.getByTestId('chapter-text')).toHaveCSS('font-size', '26px');
    await settledFirstLine(page, reader);
    expect(await topLine(reader)).toContain(words);
    await page.setViewportSize({ width: 700, height: 900 });
    await settledFirstLine(page, reader);
    expect(await topLine(reader)).toContain(words);
  });

  test('the work’s address in another tab offers the saved place, and going there lands on it', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    let reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.4);
    const line = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, line);

    const other = await context.newPage();
    await other.goto(ao3WorkUrl(work, { kind: 'single' }));
    reader = await readerOf(other);
    const offer = reader.getByTestId('resume-accept');
    await expect(offer).toContainText(/Continue at chapter 3, \d+%/);
    // Nothing moved by itself: the reader is at the top of chapter 1.
    expect(await firstLine(reader)).not.toBe(line);
    await offer.click();
    await expect(other).toHaveURL(chapterUrl(2));
    expect(await settledFirstLine(other, await readerOf(other))).toBe(line);
  });

  test('between paragraphs: with only the space under a paragraph at the top, the next one is the place', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(1));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    // Where the fourth paragraph starts, in the scroller's coordinates.
    const start = await reader.evaluate(() => {
      const s = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]')!;
      const p = document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > p')[3]!;
      return s.scrollTop + p.getBoundingClientRect().top - s.getBoundingClientRect().top;
    });
    // From a line above the gap, through the gap, to inside the paragraph: the place is always
    // the line at the top (a place in the gap once stored the last "." of the paragraph above).
    for (const d of [-30, -26, -24, -22, -20, -14, 0, 6]) {
      await reader.evaluate((y) => {
        document.querySelector<HTMLElement>('[data-testid="reader-scroll"]')!.scrollTop = y;
      }, start + d);
      const line = await settledFirstLine(page, reader);
      await waitStored(serviceWorker, KEY, line);
    }
  });

  test('the entire work lands on the same line', async ({ context, pages, serviceWorker }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(1));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.5);
    const line = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, line);
    await page.goto(ao3WorkUrl(work, { kind: 'entire' }));
    expect(await settledFirstLine(page, await readerOf(page))).toBe(line);
  });

  test('two tabs: the other shows the newer place within a second, and never scrolls by itself', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const first = await context.newPage();
    await first.goto(chapterUrl(1));
    const second = await context.newPage();
    await second.goto(chapterUrl(1));
    const two = await readerOf(second);
    await expect(two.getByTestId('chapter-text')).not.toBeEmpty();
    const before = await firstLine(two);

    await first.bringToFront();
    const one = await readerOf(first);
    await scrollTo(one, 0.7);
    await expect(two.getByTestId('resume-accept')).toContainText('You read on', { timeout: 2_000 });
    expect(await firstLine(two)).toBe(before);
  });

  test('an older tab scrolled back does not move the furthest place', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(3));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.8);
    const far = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, far);
    const furthest = (await storedProgress(serviceWorker, KEY))?.furthest;
    await scrollTo(reader, 0.1);
    const back = await settledFirstLine(page, reader);
    await waitStored(serviceWorker, KEY, back);
    expect((await storedProgress(serviceWorker, KEY))?.furthest).toEqual(furthest);
  });

  test('closing the tab right after scrolling keeps the place', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.55);
    const line = await settledFirstLine(page, reader);
    await page.waitForTimeout(200);
    await page.close();
    await waitStored(serviceWorker, KEY, line);
  });

  test('the service worker stopped mid-reading loses nothing, and saving resumes', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(2));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.3);
    const line = await settledFirstLine(page, reader);
    await stopServiceWorker(context, page);
    await scrollTo(reader, 0.5);
    const later = await settledFirstLine(page, reader);
    // The worker starts again for the reader's message; the newer place is written.
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await waitStored(sw, KEY, later);
    expect(later).not.toBe(line);
  });
});

test.describe('read marks and the last read', () => {
  test('a chapter opened and closed at its top is not read; a short one-shot read to its end is', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(0));
    await expect((await readerOf(page)).getByTestId('chapter-text')).not.toBeEmpty();
    await page.waitForTimeout(1500);
    await page.close();

    const oneShot = lighthouseWork();
    const url = pages.serve(
      ao3WorkUrl(oneShot, { kind: 'single' }),
      ao3WorkPage(oneShot, { kind: 'single' }),
    );
    const short = await context.newPage();
    await short.goto(url);
    const reader = await readerOf(short);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 1);
    // Read when its end has been on screen after a tenth of its reading time (at least 3 s).
    await expect
      .poll(async () => readChapters(serviceWorker), { timeout: 20_000, intervals: [1000] })
      .toEqual([`ao3:${oneShot.id}:1`]);
  });

  test('coming back says where and when the reader last read', async ({ context, pages }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(chapterUrl(1));
    let reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await scrollTo(reader, 0.5);
    await settledFirstLine(page, reader);
    await page.waitForTimeout(600);
    await page.goto(chapterUrl(3));
    reader = await readerOf(page);
    await expect(reader.getByTestId('last-read')).toHaveText(/Last read: chapter 2, /);
  });
});

/** The read chapters of every work, as `work:chapter`. */
