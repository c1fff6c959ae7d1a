import { readFile } from 'node:fs/promises';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { mobyDick } from '../pages/text';
import { axeInReader, expect, readerOf, test } from './harness';
import {
  dragSelect,
  drawn,
  storedHighlights,
  textPoint,
  waitStoredCount,
} from './highlight-helpers';

/** Issue 11: exports, notes that stay text, the every-mention lens, keyboard and axe-core. */

const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const chapterUrl = ao3WorkUrl(work, view);
const paragraphs = mobyDick()[1]!.paragraphs;
// Whole words, as a reader selects them (the export trims the quote).
const WORDS = paragraphs[3]!.slice(0, 40).trim();

test.describe('highlights, more', () => {
  test.beforeEach(({ pages }) => void pages.serve(chapterUrl, ao3WorkPage(work, view)));

  async function open(page: import('@playwright/test').Page) {
    await page.goto(chapterUrl);
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    return reader;
  }

  test('exports the work’s highlights as Markdown (a download from the frame, no network)', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const reader = await open(page);
    await dragSelect(page, reader, WORDS, WORDS);
    await reader.getByTestId('hl-color-c2').click();
    await waitStoredCount(serviceWorker, 1);
    await reader.getByTestId('open-highlights').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      reader.getByTestId('export-md').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^moby-dick-or-the-whale-highlights\.md$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain('# Moby-Dick; or, The Whale');
    expect(text).toContain(`> ${WORDS}`);
    expect(text).toContain(`*funny* · <${chapterUrl}>`);
    expect(text).toContain('## 2\\. The Carpet-Bag');
  });

  test('a note holding HTML shows as text and runs nothing', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    const reader = await open(page);
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    await dragSelect(page, reader, WORDS, WORDS);
    await reader.getByTestId('hl-note').click();
    await reader.getByTestId('note-text').fill(evil);
    await reader.getByTestId('note-save').click();
    await waitStoredCount(serviceWorker, 1);
    await reader.getByTestId('open-highlights').click();
    await expect(reader.getByTestId('hl-note-text')).toHaveText(evil);
    await expect(reader.getByTestId('note-marker')).toHaveAttribute('aria-label', `Note: ${evil}`);
    await page.reload();
    const again = await readerOf(page);
    await again.getByTestId('open-highlights').click();
    await expect(again.getByTestId('hl-note-text')).toHaveText(evil);
    expect(await again.evaluate(() => document.querySelectorAll('img[src="x"], b').length)).toBe(0);
    expect(await again.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('every mention of a name: counted right, drawn, next and previous', async ({ context }) => {
    const page = await context.newPage();
    const reader = await open(page);
    const name = 'Bedford';
    const expected = await reader.evaluate(
      (n) =>
        [...document.querySelectorAll('[data-testid="chapter-text"]')]
          .map((t) => t.textContent ?? '')
          .join('\n')
          .match(new RegExp(`\\b${n}\\b`, 'gi'))?.length ?? 0,
      name,
    );
    expect(expected).toBeGreaterThan(2);
    const at = await textPoint(page, reader, name, 'start');
    await page.mouse.dblclick(at.x + 3, at.y);
    await reader.getByTestId('hl-mentions').click();
    await expect(reader.getByTestId('lens-count')).toHaveAttribute('data-count', String(expected));
    await expect.poll(async () => (await drawn(reader))['fr-lens']?.length).toBe(expected);
    await reader.getByTestId('lens-next').click();
    await expect(reader.getByTestId('lens-count')).toContainText(`1 of ${expected}`);
    await expect.poll(async () => (await drawn(reader))['fr-lens-current']).toEqual([name]);
    await reader.getByTestId('lens-prev').click();
    await expect(reader.getByTestId('lens-count')).toContainText(`${expected} of ${expected}`);
  });

  test('keyboard: H highlights the selection; Tab goes into the toolbar, Escape back to the text', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const reader = await open(page);
    await dragSelect(page, reader, WORDS, WORDS);
    await expect(reader.getByTestId('hl-toolbar')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(reader.getByTestId('hl-color-c1')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(reader.getByTestId('hl-color-c2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reader.getByTestId('hl-toolbar')).toHaveCount(0);
    await expect(reader.getByTestId('reader-scroll')).toBeFocused();
    await expect(reader.getByTestId('reader')).toBeVisible();
    await page.keyboard.press('h');
    await waitStoredCount(serviceWorker, 1);
    expect((await storedHighlights(serviceWorker))[0]?.anchor.value.exact).toBe(WORDS);
    await expect.poll(async () => (await drawn(reader))['fr-c1']).toEqual([WORDS]);
  });

  test('axe-core finds nothing with the toolbar and the highlights panel open', async ({
    context,
  }) => {
    const page = await context.newPage();
    const reader = await open(page);
    await dragSelect(page, reader, WORDS, WORDS);
    await reader.getByTestId('hl-note').click();
    await reader.getByTestId('note-text').fill('a note');
    await reader.getByTestId('note-save').click();
    await reader.getByTestId('open-highlights').click();
    await expect(reader.getByTestId('hl-panel')).toBeVisible();
    await page.mouse.click(...(await centre(page, reader)));
    await expect(reader.getByTestId('hl-toolbar')).toBeVisible();
    expect(await axeInReader(page)).toEqual([]);
  });
});

async function centre(
  page: import('@playwright/test').Page,
  reader: import('@playwright/test').Frame,
) {
  const a = await textPoint(page, reader, WORDS, 'start');
  return [a.x + 20, a.y] as const;
}
