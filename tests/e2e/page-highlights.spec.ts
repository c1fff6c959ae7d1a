import type { Page } from '@playwright/test';
import { mobyDick } from '../pages/text';
import { expect, readerOf, readStore, setSettings, test } from './harness';
import { dragSelect, drawn, textPoint, waitStoredCount } from './highlight-helpers';
import { chapterUrl, serveWork } from './sample-work';

/**
 * Issue 11, "everywhere the text is": with the reader switched off for the site, the highlights
 * made in the reader are drawn on the site's own page, and follow a change made in a reader tab.
 */

const WORDS = mobyDick()[1]!.paragraphs[3]!.slice(0, 40).trim();

/** What the page has drawn under the extension's names (the page's scripts can read it too). */
function pageDrawn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('fic-reader-')) continue;
      out[name] = [...(highlight as Set<AbstractRange>)].map((r) => (r as Range).toString());
    }
    return out;
  });
}

test('a highlight made in the reader is drawn on the site’s own page, and follows a recolour', async ({
  context,
  pages,
  serviceWorker,
}) => {
  serveWork(pages);
  const tab = await context.newPage();
  await tab.goto(chapterUrl(1));
  const reader = await readerOf(tab);
  await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
  await dragSelect(tab, reader, WORDS, WORDS);
  await reader.getByTestId('hl-color-c2').click();
  await waitStoredCount(serviceWorker, 1);

  await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
  const site = await context.newPage();
  await site.goto(chapterUrl(1));
  await expect(site.locator('#chapters div.userstuff')).toBeVisible();
  await expect.poll(() => pageDrawn(site)).toEqual({ 'fic-reader-c2': [WORDS] });
  // Drawn, not written into the page: the site's paragraphs are as the site made them.
  expect(await site.locator('#chapters mark, #chapters [data-fic-reader]').count()).toBe(0);
  await site.screenshot({ path: 'test-results/page-highlight.png' });

  // Recoloured in the reader's tab: the site's page follows within a second.
  await tab.bringToFront();
  const at = await textPoint(tab, reader, WORDS, 'start');
  await tab.mouse.click(at.x + 20, at.y);
  await reader.getByTestId('hl-color-c4').click();
  await expect.poll(() => pageDrawn(site), { timeout: 2000 }).toEqual({ 'fic-reader-c4': [WORDS] });
});

/** The page coordinates of the start (or end) of `needle` in the site's own story text. */
function sitePoint(page: Page, needle: string, side: 'start' | 'end') {
  return page.evaluate(
    ([text, edge]) => {
      const root = document.querySelector('#chapters')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, edge === 'start' ? at : at + text.length - 1);
        range.setEnd(node, edge === 'start' ? at + 1 : at + text.length);
        (node.parentElement as Element).scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: edge === 'start' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
      }
      throw new Error(`not on the page: ${text}`);
    },
    [needle, side] as const,
  );
}

test('a highlight made on the site’s own page is kept, drawn there, and is the same in the reader', async ({
  context,
  pages,
  serviceWorker,
}) => {
  serveWork(pages);
  await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
  const site = await context.newPage();
  await site.goto(chapterUrl(1));
  await expect(site.locator('#chapters div.userstuff')).toBeVisible();
  // Select the words with the mouse, as a reader does.
  await sitePoint(site, WORDS, 'start');
  const a = await sitePoint(site, WORDS, 'start');
  const b = await sitePoint(site, WORDS, 'end');
  await site.mouse.move(a.x, a.y);
  await site.mouse.down();
  await site.mouse.move(b.x, b.y, { steps: 6 });
  await site.mouse.up();
  // The bar comes by the selection: five swatches in a row (its shadow root is closed, so the
  // test clicks where the second one is, as a reader's pointer would).
  const bar = site.locator('fic-reader-highlight-bar');
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(a.y);
  await site.screenshot({ path: 'test-results/page-highlight-bar.png' });
  const swatch = { x: box.x + 6 + 32 + 14, y: box.y + box.height / 2 };
  // The page's own script makes the bar invisible: a click on what the reader cannot see counts
  // for nothing.
  const opacity = (value: string) =>
    site.evaluate(
      (v) =>
        document
          .querySelector<HTMLElement>('fic-reader-highlight-bar')
          ?.style.setProperty('opacity', v, 'important'),
      value,
    );
  await opacity('0');
  await site.mouse.click(swatch.x, swatch.y);
  await site.waitForTimeout(500);
  expect(await readStore(serviceWorker, 'highlights')).toHaveLength(0);
  await opacity('1');
  await site.mouse.click(swatch.x, swatch.y);
  await waitStoredCount(serviceWorker, 1);
  await expect(bar).toHaveCount(0);
  await expect.poll(() => pageDrawn(site)).toEqual({ 'fic-reader-c2': [WORDS] });
  // The same highlight in the reader, opened on the same chapter.
  await setSettings(serviceWorker, { autoOpenOff: [] });
  const tab = await context.newPage();
  await tab.goto(chapterUrl(1));
  const reader = await readerOf(tab);
  await expect.poll(() => drawn(reader)).toMatchObject({ 'fr-c2': [WORDS] });
});
