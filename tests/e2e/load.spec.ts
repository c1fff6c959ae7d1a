import type { Frame, Page, Worker } from '@playwright/test';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { expect, readerOf, test } from './harness';
import { firstLine, storedProgress } from './reading-helpers';

/**
 * Issue 10, load: 20 tabs of different works scrolling at once for 30 s. Every tab's last
 * position is stored, nothing errs, and no tab causes more than one progress write a second.
 * The database's position writes are counted in the service worker itself (IDBObjectStore.put
 * on the activity store, which only a position write touches, by work), so the count is what
 * reached IndexedDB, not what was sent.
 */

const TABS = 20;
const SECONDS = 30;
const base = mobyDickWork(4);
const works = Array.from({ length: TABS }, (_, i) => ({ ...base, id: 7000 + i }));
const view = { kind: 'entire' } as const;

/** Counts progress writes per work in the service worker from now on. */
async function countWrites(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const scope = self as unknown as { __writes?: Record<string, number> };
    if (scope.__writes) return;
    scope.__writes = {};
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key) {
      // Only a position write puts the day's activity (a read mark or an open does not).
      if (this.name === 'activity') {
        const work = String((value as { work?: string }).work);
        scope.__writes![work] = (scope.__writes![work] ?? 0) + 1;
      }
      return put.call(this, value, key);
    };
  });
}

const writes = (sw: Worker) =>
  sw.evaluate(() => (self as unknown as { __writes: Record<string, number> }).__writes);

/** Scrolls a reader as someone reading: down a screen's worth in steps, back up at the end. */
function scrollStep(reader: Frame, step: number): Promise<void> {
  return reader.evaluate((step) => {
    const s = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
    if (!s) return;
    const max = s.scrollHeight - s.clientHeight;
    const down = Math.floor((step * 150) / max) % 2 === 0;
    const at = (step * 150) % max;
    s.scrollTop = down ? at : max - at;
  }, step);
}

test('20 tabs of different works scrolling for 30 s: every last place stored, ≤ 1 write a second each', async ({
  context,
  pages,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  for (const work of works) pages.serve(ao3WorkUrl(work, view), ao3WorkPage(work, view));
  const errors: string[] = [];
  const tabs: { page: Page; reader: Frame; key: string }[] = [];
  for (const work of works) {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${work.id}: ${e.message}`));
    await page.goto(ao3WorkUrl(work, view));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text').first()).not.toBeEmpty();
    reader.page().on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tabs.push({ page, reader, key: `ao3:${work.id}` });
  }
  await countWrites(serviceWorker);

  // Every tab moves every 300 ms for 30 s, all at once.
  const started = Date.now();
  for (let step = 1; Date.now() - started < SECONDS * 1000; step++) {
    await Promise.all(tabs.map(({ reader }, i) => scrollStep(reader, step + i * 7)));
    await new Promise((r) => setTimeout(r, 300));
  }
  const elapsed = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 1500));

  const counted = await writes(serviceWorker);
  const perSecond = tabs.map(({ key }) => (counted[key] ?? 0) / elapsed);
  console.log(
    `load: ${TABS} tabs, ${elapsed.toFixed(1)} s; position writes per tab: min ${Math.min(...tabs.map(({ key }) => counted[key] ?? 0))}, max ${Math.max(...tabs.map(({ key }) => counted[key] ?? 0))} (max ${Math.max(...perSecond).toFixed(2)}/s)`,
  );
  // Every tab's last place is stored: the stored quote is on the top lines the tab shows (a
  // busy tab's text can still settle by a line after its last write; exact matches are counted).
  let exact = 0;
  for (const { reader, key } of tabs) {
    await expect
      .poll(
        async () => {
          const quote = (await storedProgress(serviceWorker, key))?.last?.quote.slice(0, 20) ?? '?';
          const top = await firstLine(reader, 300);
          return top.startsWith(quote)
            ? 'exact'
            : top.includes(quote)
              ? 'near'
              : `${quote} / ${top}`;
        },
        { message: key, timeout: 5000 },
      )
      .toMatch(/^(exact|near)$/);
    const quote = (await storedProgress(serviceWorker, key))?.last?.quote.slice(0, 20) ?? '?';
    if ((await firstLine(reader, 20)) === quote) exact++;
  }
  console.log(`load: the first line at the top stored exactly in ${exact} of ${TABS} tabs`);
  // Each tab wrote, and none more than once a second (the flush at the end may add one).
  for (const [i, { key }] of tabs.entries()) {
    expect(counted[key] ?? 0, key).toBeGreaterThan(5);
    expect(perSecond[i], key).toBeLessThanOrEqual(1 + 1 / elapsed);
  }
  expect(errors).toEqual([]);
});
