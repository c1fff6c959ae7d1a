import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '/work/wt/library/tests/support/browser';
import { libraryRecords } from '/work/wt/library/tests/support/library-data';
import { SAMPLE_LIBRARY } from '/work/wt/library/tests/support/sample-library';
import { seedDatabase } from '/work/wt/library/tests/support/seed-library';
const context = await launchWithExtension(await mkdtemp(join(tmpdir(), 'dbg-')), true);
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await new Promise((r) => setTimeout(r, 500));
await seedDatabase(sw, libraryRecords(SAMPLE_LIBRARY, Date.now()));
const id = new URL(sw.url()).host;
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
if (process.env.THEME)
  await sw.evaluate(`chrome.storage.local.set({ 'settings.theme': '${process.env.THEME}' })`);
let n = 0;
for (const route of process.argv.slice(2)) {
  await page.goto(
    route.startsWith('popup')
      ? `chrome-extension://${id}/${route}`
      : `chrome-extension://${id}/library.html${route}`,
  );
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/dbg-${n++}.png`, fullPage: process.env.FULL === '1' });
}
await context.close();
