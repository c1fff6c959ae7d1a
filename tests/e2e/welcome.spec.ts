import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { SITE_URLS as SITES } from '../../lib/sites/site-urls';
import { expect, test } from './harness';

// What code run inside the extension's service worker (sw.evaluate) sees.
declare const chrome: typeof import('wxt/browser').browser;

/** The tab the extension opened on install (it may have opened before the test looked). */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const open = () => context.pages().find((p) => p.url() === url);
  await expect.poll(() => open() !== undefined, { timeout: 10_000 }).toBe(true);
  const page = open()!;
  await page.bringToFront();
  return page;
}

test.describe('first run', () => {
  test('the welcome page opens on install and lists the supported sites', async ({
    context,
    extensionId,
  }) => {
    const page = await welcomeTab(context, extensionId);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Fic Reader');
    const sites = page.getByTestId('welcome-sites').getByRole('listitem');
    await expect(sites).toHaveText(SITES.map((s) => new RegExp(`^${s.name} `)));
    await expect(page.getByRole('link', { name: 'the library' })).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/library.html`,
    );
    // Once: only one welcome tab.
    expect(context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
  });

  test('the manifest names icons for the toolbar and the extensions page, and they load', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
    const expected = Object.fromEntries(
      [16, 32, 48, 128].map((n) => [String(n), `icons/icon-${n}.png`]),
    );
    expect(manifest.icons).toEqual(expected);
    expect(manifest.action?.default_icon).toEqual(expected);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    for (const [size, path] of Object.entries(expected)) {
      const natural = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `/${path}`);
      expect(natural).toEqual([Number(size), Number(size)]);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations on the welcome page (${scheme})`, async ({
      context,
      extensionId,
    }) => {
      const page = await welcomeTab(context, extensionId);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
