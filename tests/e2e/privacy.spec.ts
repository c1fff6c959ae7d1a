import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { expect, readerOf, test } from './harness';
import { PROBE_DRIVE, PROBE_LISTENERS, PROBE_READ, PROBE_RECORD } from './privacy-probe';

/**
 * Issue 9: the site's own scripts learn nothing the reader holds, and cannot drive it. A script
 * of the page's (tests/e2e/privacy-probe.ts), there before the reader, tries every way the
 * issue found against the shadow-root reader, on the build that ships. (Run on that older build
 * by scripts/probe-build.ts, each of these probes finds something.)
 */

const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const url = ao3WorkUrl(work, view);
/** Words only the reader shows (the page's own copy of the text is hidden under the cover). */
const READER_WORDS = ['left in this chapter', 'Chapters', 'Reading settings', 'Fic Reader'];

test.describe('what the page can learn of the reader', () => {
  test('nothing through find, selection, fonts, marks, frames or messages', async ({
    context,
    pages,
    extensionId,
  }) => {
    pages.serve(url, ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.addInitScript(PROBE_LISTENERS);
    await page.goto(url);
    const reader = await readerOf(page);
    await expect(reader.getByTestId('time-left')).toContainText('left in this chapter');

    const read = (await page.evaluate(`(${PROBE_READ})(${JSON.stringify(READER_WORDS)})`)) as {
      found: string[];
      fonts: string[];
      marks: string[];
      highlights: number;
      frames: number;
    };
    expect(read).toEqual({ found: [], fonts: [], marks: [], highlights: 0, frames: 0 });
    const record = (await page.evaluate(PROBE_RECORD)) as { messages: string[] };
    expect(record.messages.filter((m) => m.includes(extensionId))).toEqual([]);
  });

  test('nothing typed, selected or copied in the reader reaches the page', async ({
    context,
    pages,
  }) => {
    pages.serve(url, ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.addInitScript(PROBE_LISTENERS);
    await page.goto(url);
    const reader = await readerOf(page);
    // Keys in the settings panel: the text size slider, two steps up.
    const text = reader.getByTestId('chapter-text').first();
    const before = Number.parseFloat(await text.evaluate((el) => getComputedStyle(el).fontSize));
    await reader.getByTestId('open-settings').click();
    await reader.getByLabel('Text size').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(text).toHaveCSS('font-size', `${before + 2}px`);
    // Selecting all of the reader and copying it.
    await page.keyboard.press('Escape');
    await reader.getByTestId('chapter-text').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    expect(await reader.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(
      100,
    );

    const record = (await page.evaluate(PROBE_RECORD)) as { events: string[]; copies: number };
    expect(record.events).toEqual([]);
    expect(record.copies).toBe(0);
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  });

  test('synthetic keys and forged WXT events do not drive the reader', async ({
    context,
    pages,
    extensionId,
  }) => {
    pages.serve(url, ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.goto(url);
    const reader = await readerOf(page);
    await expect(reader.getByTestId('reader')).toBeVisible();
    await page.evaluate(`(${PROBE_DRIVE})(${JSON.stringify(extensionId)}, 'ao3')`);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
    await expect(reader.getByTestId('reader')).toBeVisible();
    await expect(reader.getByTestId('shortcuts')).toHaveCount(0);
    expect(await page.locator('fic-reader').isVisible()).toBe(true);
    // Real keys still work.
    await page.keyboard.press('?');
    await expect(reader.getByTestId('shortcuts')).toBeVisible();
  });
});
