import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { libraryRecords } from '../support/library-data';
import { SAMPLE_LIBRARY } from '../support/sample-library';
import { seedDatabase } from '../support/seed-library';
import { expect, setSettings, test } from './harness';

// What code run inside the extension's service worker (sw.evaluate) sees.
declare const chrome: typeof import('wxt/browser').browser;

const work = mobyDickWork(45);
const chapter3 = ao3WorkUrl(work, { kind: 'chapter', index: 2 });

/** The id of the tab showing `url`. */
async function tabIdOf(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test.describe('the popup', () => {
  test('shows this tab’s work from the library, where the reader is, and takes the tab there', async ({
    context,
    pages,
    serviceWorker,
    extensionId,
  }) => {
    await seedDatabase(serviceWorker, libraryRecords(SAMPLE_LIBRARY, Date.now()));
    // The reader stays closed on AO3. The site's page keeps progress now (issue 10), but only
    // looking at chapter 3 moves nothing: the saved place is still chapter 42. The page tells
    // the library the work's chapter count as the site states it today (45, not the 135 seeded).
    await setSettings(serviceWorker, { autoOpenOff: ['ao3'] });
    pages.serve(chapter3, ao3WorkPage(work, { kind: 'chapter', index: 2 }));
    const tab = await context.newPage();
    await tab.goto(chapter3);
    const popup = await context.newPage();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(serviceWorker, chapter3)}`,
    );
    const here = popup.getByTestId('this-page');
    await expect(here.getByRole('heading', { name: 'Moby-Dick; or, The Whale' })).toBeVisible();
    await expect(here).toContainText('Chapter 42 of 45 · read 1 hour ago');
    await expect(here.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '31');
    await expect(popup.getByTestId('work-item')).toHaveCount(5);
    await expect(popup.getByTestId('work-item').first()).toContainText(
      'Five Times Elizabeth Bennet',
    );
    // Reading settings are folded away under the work.
    await expect(popup.getByRole('button', { name: 'Dark', exact: true })).toBeHidden();
    const saved = ao3WorkUrl(work, { kind: 'chapter', index: 41 });
    pages.serve(saved, ao3WorkPage(mobyDickWork(45), { kind: 'chapter', index: 41 }));
    await popup.getByTestId('continue-here').click();
    await expect.poll(() => tab.url()).toBe(saved);
  });

  test('opens on the work just read with the worker asleep: its first frame needs only the snapshot', async ({
    context,
    pages,
    extensionId,
  }) => {
    const url = ao3WorkUrl(work, { kind: 'chapter', index: 0 });
    pages.serve(url, ao3WorkPage(work, { kind: 'chapter', index: 0 }));
    const tab = await context.newPage();
    await tab.goto(url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/welcome.html`);
    // The background wrote the work into the popup's snapshot when the reader opened it.
    await expect
      .poll(() =>
        popup.evaluate(async () => {
          const got = await chrome.storage.session.get('popupSnapshot');
          return (got.popupSnapshot as { recent: { key: string }[] } | undefined)?.recent.map(
            (w) => w.key,
          );
        }),
      )
      .toEqual(['ao3:1851']);
    // Stop the worker, as the browser does after 30 idle seconds.
    const cdp = await context.newCDPSession(popup);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes(extensionId),
    );
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('work-item')).toHaveCount(1);
    await expect(popup.getByTestId('work-item')).toContainText('Moby-Dick');
    // The first frame was drawn from the snapshot, before any answer from the worker.
    expect(
      await popup.evaluate(() =>
        ['fic-reader:popup-prefetch', 'fic-reader:popup-from-snapshot'].map(
          (name) => performance.getEntriesByName(name).length,
        ),
      ),
    ).toEqual([1, 1]);
  });

  test('says plainly that it cannot open on a page the browser keeps extensions out of', async ({
    context,
    extensionId,
  }) => {
    // Opened as a tab, the popup's tab is its own extension page: a page no extension may enter.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('this-page')).toContainText(
      'The reader cannot open on this page',
    );
    await expect(popup.getByTestId('open-in-reader')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`wears the reader’s ${theme} theme, and axe-core finds nothing`, async ({
      context,
      serviceWorker,
      extensionId,
    }) => {
      await seedDatabase(serviceWorker, libraryRecords(SAMPLE_LIBRARY, Date.now()));
      await setSettings(serviceWorker, { theme });
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByTestId('work-item')).toHaveCount(5);
      await expect(popup.locator('html')).toHaveClass(`fr-theme-${theme}`);
      await popup.getByText('Reading settings').click();
      await popup.getByText('Privacy').click();
      expect(await axe(popup)).toEqual([]);
    });
  }
});

test.describe('the library page', () => {
  test('searches, filters, edits a status, deletes a work with undo, and follows other tabs', async ({
    context,
    pages,
    serviceWorker,
    extensionId,
  }) => {
    await seedDatabase(serviceWorker, libraryRecords(SAMPLE_LIBRARY, Date.now()));
    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    const rows = library.getByTestId('work-row');
    await expect(rows).toHaveCount(6);
    await library.getByTestId('library-search').fill('queequeg');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Moby-Dick');
    await library.getByTestId('library-search').fill('');
    await library.getByLabel('Status', { exact: true }).selectOption('on-hold');
    await expect(rows).toHaveCount(1);
    await library.getByLabel('Status', { exact: true }).selectOption('');
    await library.getByLabel('Site').selectOption('royalroad');
    await expect(rows).toHaveCount(1);
    await library.getByLabel('Site').selectOption('');

    await library.getByLabel('Status of A Study in Tea Leaves').selectOption('dropped');
    await library.reload();
    await expect(library.getByLabel('Status of A Study in Tea Leaves')).toHaveValue('dropped');
    await expect(rows.filter({ hasText: 'A Study in Tea Leaves' })).toContainText(
      '2 new chapters since you read',
    );

    await rows
      .filter({ hasText: 'Down the Rabbit Hole' })
      .getByRole('link', { name: 'Down the Rabbit Hole, Again', exact: true })
      .click();
    await library.getByRole('button', { name: 'Delete “Down the Rabbit Hole, Again”' }).click();
    await expect(rows).toHaveCount(5);
    await expect(library.getByTestId('toast')).toContainText('Deleted the reading data');
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect(rows).toHaveCount(6);
    await expect(rows.filter({ hasText: 'Down the Rabbit Hole' })).toContainText('1 highlight');

    // Reading in another tab shows up here without a reload.
    pages.serve(chapter3, ao3WorkPage(mobyDickWork(3), { kind: 'chapter', index: 2 }));
    const other = await context.newPage();
    await other.goto(
      ao3WorkUrl(mobyDickWork(3, {}), { kind: 'chapter', index: 2 }).replace('1851', '1851'),
    );
    await library.bringToFront();
    await expect(rows.first()).toContainText('Moby-Dick; or, The Whale');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds nothing on every view (${theme})`, async ({
      context,
      serviceWorker,
      extensionId,
    }) => {
      await seedDatabase(serviceWorker, libraryRecords(SAMPLE_LIBRARY, Date.now()));
      await setSettings(serviceWorker, { theme });
      const library = await context.newPage();
      for (const [hash, ready] of [
        ['#/', 'work-row'],
        ['#/work/ao3%3A1851', 'work-page'],
        ['#/highlights', 'highlight'],
        ['#/stats', 'speed'],
        ['#/settings', 'backups'],
      ] as const) {
        await library.goto(`chrome-extension://${extensionId}/library.html${hash}`);
        await expect(library.getByTestId(ready).first()).toBeVisible();
        expect(await axe(library), hash).toEqual([]);
      }
    });
  }
});
