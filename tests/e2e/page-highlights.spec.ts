import type { Page } from '@playwright/test';
import { mobyDick } from '../pages/text';
import { expect, readerOf, setSettings, test } from './harness';
import { dragSelect, textPoint, waitStoredCount } from './highlight-helpers';
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
