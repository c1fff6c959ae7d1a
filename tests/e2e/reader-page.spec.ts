import { paras } from '../pages/html';
import { ao3WorkPage, ao3WorkUrl, type Ao3WorkSpec } from '../pages/ao3/work-page';
import { lighthouseWork, mobyDickWork } from '../pages/samples';
import {
  axeInReader,
  expect,
  messageTab,
  readerOf,
  serviceWorkerOf,
  setSettings,
  test,
  waitForCover,
} from './harness';

const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 0 } as const;
const url = ao3WorkUrl(work, view);

test.describe('the reader over the page', () => {
  test('closing and reopening leaves the page exactly as it was, scroll and focus included', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    pages.serve(url, ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.goto(url);
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('fic-reader')).toHaveCount(0);

    await page.locator('#skiplinks a').focus();
    await page.evaluate(() => window.scrollTo(0, 1500));
    const before = await page.evaluate(() => ({
      y: window.scrollY,
      overflow: document.documentElement.style.overflow,
    }));
    expect(before.y).toBe(1500);

    await messageTab(serviceWorker, url, { type: 'reader/toggle' });
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe(
      'hidden',
    );

    await messageTab(serviceWorker, url, { type: 'reader/toggle' });
    await expect(page.locator('fic-reader')).toHaveCount(0);
    expect(
      await page.evaluate(() => ({
        y: window.scrollY,
        overflow: document.documentElement.style.overflow,
      })),
    ).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.closest('#skiplinks') !== null)).toBe(
      true,
    );
  });

  test('settings changed in the popup restyle a reader open in another tab', async ({
    context,
    pages,
    extensionId,
  }) => {
    pages.serve(url, ao3WorkPage(work, view));
    const reader = await context.newPage();
    await reader.goto(url);
    const frame = await readerOf(reader);
    const root = frame.getByTestId('reader');
    await expect(root).toHaveClass(/fr-theme-auto/);

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The popup folds its reading settings away under this page's work (issue 13).
    await popup.getByText('Reading settings').click();
    await popup.getByRole('button', { name: 'Dark', exact: true }).click();
    await popup.getByLabel('Text size').fill('24');

    await reader.bringToFront();
    await expect(root).toHaveClass(/fr-theme-dark/);
    await expect(root).toHaveCSS('background-color', 'rgb(22, 24, 28)');
    await expect(frame.getByTestId('chapter-text').first()).toHaveCSS('font-size', '24px');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations in the ${theme} reader`, async ({
      context,
      pages,
      serviceWorker,
    }) => {
      await setSettings(serviceWorker, { theme });
      pages.serve(url, ao3WorkPage(work, view));
      const page = await context.newPage();
      await page.goto(url);
      const reader = await readerOf(page);
      await expect(reader.getByTestId('chapter-text').first()).not.toBeEmpty();
      await reader.getByTestId('tags').locator('summary').click();
      const results = await axeInReader(page);
      expect(results.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
      // The panels too.
      await reader.getByTestId('open-settings').click();
      expect((await axeInReader(page)).map((v) => v.id)).toEqual([]);
    });
  }

  test('a footnote link jumps to its note inside the reader and leaves the URL alone', async ({
    context,
    pages,
  }) => {
    const footnoted: Ao3WorkSpec = {
      ...lighthouseWork(),
      chapters: [
        {
          id: 1,
          body: `<p>The lamp was lit<sup><a href="#fn1">1</a></sup>.</p>
${paras(Array.from({ length: 120 }, (_, i) => `Filler paragraph ${i + 1} about the long night and the sea.`))}
<p id="fn1">1. The lamp burned whale oil, as every lamp on that coast did.</p>`,
        },
      ],
    };
    const url = ao3WorkUrl(footnoted, { kind: 'single' });
    pages.serve(url, ao3WorkPage(footnoted, { kind: 'single' }));
    const page = await context.newPage();
    await page.goto(url);
    const reader = await readerOf(page);
    await reader.getByTestId('chapter-text').getByRole('link', { name: '1', exact: true }).click();
    await expect(
      reader.getByTestId('chapter-text').getByText('The lamp burned whale oil'),
    ).toBeInViewport();
    expect(page.url()).toBe(url);
  });

  test('a hostile story renders as inert text, and cannot cover the reader', async ({
    context,
    pages,
  }) => {
    const payload = (where: string) =>
      `(window.pwned = (window.pwned || []).concat(${where}.getRootNode() instanceof ShadowRoot ? 'reader' : 'page'))`;
    const hostile: Ao3WorkSpec = {
      ...lighthouseWork(),
      chapters: [
        {
          id: 1,
          body: `${paras(['The first harmless paragraph.'])}
<script>${payload('document.currentScript')}</script>
<p><img src="https://archiveofourown.org/missing.png" onerror="${payload('this')}" alt=""></p>
<p><a id="evil" href="javascript:window.pwned = ['link']">A tempting link</a></p>
<style>* { background: red !important; } fic-reader { display: none !important; } body::after { content: "COVERED"; position: fixed; inset: 0; z-index: 2147483647; background: red; }</style>
<p onmouseover="${payload('this')}">The last harmless paragraph.</p>`,
        },
      ],
    };
    const hostileUrl = ao3WorkUrl(hostile, { kind: 'single' });
    pages.serve(hostileUrl, ao3WorkPage(hostile, { kind: 'single' }));
    const page = await context.newPage();
    await page.goto(hostileUrl);
    const reader = await readerOf(page);
    const text = reader.getByTestId('chapter-text');
    await expect(text).toContainText('The last harmless paragraph.');
    await text.getByText('The last harmless paragraph.').hover();
    await text.getByText('A tempting link').click();
    await page.waitForTimeout(500);
    // Whatever the site's own page did with the payload, none of it ran inside the reader (in
    // the reader's frame or, through it, in the page).
    const pwned = (await page.evaluate(() => (window as { pwned?: string[] }).pwned)) ?? [];
    expect(pwned).not.toContain('reader');
    expect(pwned).not.toContain('link');
    expect(await reader.evaluate(() => (window as { pwned?: string[] }).pwned)).toBeUndefined();
    expect(
      await text.locator('script, style, [onerror], [onmouseover], [href^="javascript"]').count(),
    ).toBe(0);
    // The reader is on top: the point at the middle of its text is the reader's (its frame's
    // host; the page sees no more of it).
    const box = await text.getByText('The first harmless paragraph.').boundingBox();
    expect(box).not.toBeNull();
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
      {
        x: box!.x + box!.width / 2,
        y: box!.y + box!.height / 2,
      },
    );
    expect(hit).toBe('fic-reader');
  });

  test('with a dark theme the first frame is already dark and the site never shows', async ({
    context,
    pages,
  }) => {
    const sw = await serviceWorkerOf(context);
    await setSettings(sw, { theme: 'dark' });
    await waitForCover(sw, 'dark');
    pages.serve(url, ao3WorkPage(work, view));
    const page = await context.newPage();
    // Before any of the page's scripts: record what every frame is about to paint until the
    // reader is up.
    await page.addInitScript(() => {
      const frames: { bg: string; siteShown: boolean; reader: boolean }[] = [];
      (window as { frames_?: typeof frames }).frames_ = frames;
      const look = () => {
        const body = document.body;
        const reader = document.querySelector('fic-reader') !== null;
        frames.push({
          bg: getComputedStyle(document.documentElement).backgroundColor,
          siteShown:
            body !== null &&
            body.childElementCount > 0 &&
            getComputedStyle(body).display !== 'none' &&
            getComputedStyle(body).visibility !== 'hidden' &&
            !reader,
          reader,
        });
        if (!reader) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(url);
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
    const frames = (await page.evaluate(() => (window as { frames_?: unknown[] }).frames_)) as {
      bg: string;
      siteShown: boolean;
    }[];
    expect(frames.length).toBeGreaterThan(0);
    expect(frames[0]!.bg).toBe('rgb(22, 24, 28)');
    expect(frames.filter((f) => f.siteShown)).toEqual([]);
  });
});
