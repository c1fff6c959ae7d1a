import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { expect, readStore, serviceWorkerOf, stopServiceWorker, test, readerOf } from './harness';

const work = mobyDickWork(3);
const chapterView = { kind: 'chapter', index: 1 } as const;

test.describe('foundation', () => {
  test('mounts its UI on a routed AO3 chapter URL', async ({ context, pages }) => {
    const url = pages.serve(ao3WorkUrl(work, chapterView), ao3WorkPage(work, chapterView));
    const page = await context.newPage();
    await page.goto(url);
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
    expect(await page.locator('fic-reader').count()).toBe(1);
  });

  test('injects nothing on a site it does not support', async ({ context, pages }) => {
    const url = pages.serve('https://example.org/works/1851', ao3WorkPage(work, chapterView));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    // Give a content script every chance to run before asserting it did not.
    await page.waitForTimeout(500);
    expect(await page.locator('fic-reader').count()).toBe(0);
  });

  test('a record written through the background survives a reload and a service worker stop', async ({
    context,
    pages,
  }) => {
    const url = pages.serve(ao3WorkUrl(work, chapterView), ao3WorkPage(work, chapterView));
    const page = await context.newPage();
    await page.goto(url);
    await expect((await readerOf(page)).getByTestId('open-count')).toHaveAttribute(
      'data-open-count',
      '1',
    );

    const before = (await readStore(await serviceWorkerOf(context), 'works')) as { key: string }[];
    expect(before.map((w) => w.key)).toEqual(['ao3:1851']);

    await stopServiceWorker(context, page);
    await page.reload();
    // The stopped worker restarts for the reader's message and finds the record it wrote.
    await expect((await readerOf(page)).getByTestId('open-count')).toHaveAttribute(
      'data-open-count',
      '2',
    );
    const after = (await readStore(await serviceWorkerOf(context), 'works')) as {
      key: string;
      openCount: number;
    }[];
    expect(after).toEqual([expect.objectContaining({ key: 'ao3:1851', openCount: 2 })]);
  });

  test('the popup and the library page render the library', async ({
    context,
    pages,
    extensionId,
  }) => {
    const url = pages.serve(ao3WorkUrl(work, chapterView), ao3WorkPage(work, chapterView));
    const page = await context.newPage();
    await page.goto(url);
    await expect((await readerOf(page)).getByTestId('open-count')).toHaveAttribute(
      'data-open-count',
      '1',
    );

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('heading', { name: 'Fic Reader' })).toBeVisible();
    await expect(popup.getByTestId('work-item')).toHaveCount(1);

    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await expect(library.getByRole('heading', { name: 'Your library' })).toBeVisible();
    await expect(library.getByTestId('work-row')).toHaveCount(1);
  });
});
