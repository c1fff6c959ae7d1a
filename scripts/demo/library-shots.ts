import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { libraryRecords } from '../../tests/support/library-data';
import { SAMPLE_LIBRARY } from '../../tests/support/sample-library';
import { seedDatabase } from '../../tests/support/seed-library';

/**
 * The README's screenshots of the popup and the library (light and dark), over the sample
 * library (tests/support/sample-library.ts) seeded into the background's database.
 */
export async function libraryShots(
  context: BrowserContext,
  sw: Worker,
  dir: string,
  readerUrl: string,
) {
  await seedDatabase(sw, libraryRecords(SAMPLE_LIBRARY, Date.now()));
  const id = new URL(sw.url()).host;
  const reader = await context.newPage();
  await reader.goto(readerUrl);
  const tabId = await sw.evaluate(
    async (url) => (await chrome.tabs.query({ url: url.replace(/#.*$/, '') }))[0]?.id,
    readerUrl,
  );
  const page = await context.newPage();
  for (const theme of ['light', 'dark'] as const) {
    await sw.evaluate(`chrome.storage.local.set({ 'settings.theme': '${theme}' })`);
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await page.getByTestId('this-page').waitFor();
    await shot(page, join(dir, `popup-${theme}.png`));
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`chrome-extension://${id}/library.html#/`);
    await page.getByTestId('work-row').first().waitFor();
    await shot(page, join(dir, `library-${theme}.png`));
    await page.goto(`chrome-extension://${id}/library.html#/work/ao3%3A1851`);
    await page.getByTestId('work-page').waitFor();
    await shot(page, join(dir, `library-work-${theme}.png`));
  }
  await reader.close();
  await page.close();
}

declare const chrome: typeof import('wxt/browser').browser;

async function shot(page: Page, file: string) {
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}
