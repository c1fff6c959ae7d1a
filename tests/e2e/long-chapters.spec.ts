import type { Frame } from '@playwright/test';
import { longChapterCase, type BenchSite } from '../../scripts/bench/cases';
import { LONG_CHAPTER_SHAPES, type LongChapterShape } from '../pages/long-chapters';
import { expect, readerOf, test } from './harness';

/**
 * Issue 7: one chapter of thousands of paragraphs, 100,000 nested elements or 10 MB used to hang
 * the tab for good. Each shape must open, keep the page responsive, and scroll to its last
 * paragraph, on AO3, FanFiction.Net and Royal Road (they share the block reader). The budgets
 * in milliseconds (first frame, long tasks, starved timers) are measured by `npm run bench` on
 * a quiet machine; here the test catches a hang or a reader that never reaches the end.
 */

const CASES: [BenchSite, LongChapterShape][] = [
  ['ao3', 'paragraphs-6k'],
  ['ao3', 'paragraphs-20k'],
  ['ao3', 'paragraphs-50k'],
  ['ao3', 'nested-100k'],
  ['ao3', '10mb'],
  ['ffn', 'paragraphs-20k'],
  ['ffn', 'nested-100k'],
  ['ffn', '10mb'],
  ['rr', 'paragraphs-20k'],
  ['rr', 'nested-100k'],
  ['rr', '10mb'],
];

/** The last paragraph of the reader's text, and the element at the middle of the screen. */
async function readerState(reader: Frame) {
  return reader.evaluate(() => {
    const root = document;
    const scroll = root?.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
    const texts = root?.querySelectorAll('[data-testid="chapter-text"] p');
    const last = texts?.[texts.length - 1];
    // Text under the middle of the screen (a few points: one may fall between paragraphs).
    const middle = [400, 430, 460, 490, 520]
      .map((y) => root?.elementFromPoint(640, y)?.closest('p'))
      .find((p) => p);
    return {
      top: scroll?.scrollTop ?? 0,
      max: (scroll?.scrollHeight ?? 0) - (scroll?.clientHeight ?? 0),
      lastText: last?.textContent ?? '',
      lastVisible: last
        ? last.getBoundingClientRect().bottom <= innerHeight + 1 &&
          last.getBoundingClientRect().top >= 0
        : false,
      middle: middle?.textContent?.slice(0, 40) ?? '',
    };
  });
}

test.describe('one very long chapter', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const [site, shape] of CASES) {
    test(`${site}: ${shape} opens, stays responsive and scrolls to its end`, async ({
      context,
      pages,
    }) => {
      // The chapter ends with a line of our own, after whatever the shape is.
      const ending = `The very last line of the ${shape} chapter.`;
      const c = longChapterCase(site, shape, `${LONG_CHAPTER_SHAPES[shape]()}\n<p>${ending}</p>`);
      pages.serve(c.url, c.html);
      const page = await context.newPage();
      await page.goto(c.url, { waitUntil: 'commit' });
      const reader = await readerOf(page, 30_000);
      await expect(reader.getByTestId('reader')).toBeVisible({ timeout: 30_000 });
      // The tab answers (every poll below is a round trip into it) and the reading ends: no hang.
      await expect
        .poll(
          () => reader.evaluate(() => performance.getEntriesByName('fic-reader:ready').length),
          {
            timeout: 90_000,
          },
        )
        .toBe(1);

      // Scroll through it, a screenful of text under the middle of the screen at each stop.
      for (const at of [0.25, 0.5, 0.75]) {
        await reader.evaluate((fraction) => {
          const root = document;
          const scroll = root?.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
          if (scroll) scroll.scrollTop = (scroll.scrollHeight - scroll.clientHeight) * fraction;
        }, at);
        await expect.poll(async () => (await readerState(reader)).middle).not.toBe('');
      }
      // And to the end, which grows as chunks are laid out at their real height.
      await expect
        .poll(
          async () => {
            await reader.evaluate(() => {
              const root = document;
              const scroll = root?.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
              scroll
                ?.querySelector('[data-testid="chapter-text"]')
                ?.lastElementChild?.scrollIntoView({ block: 'end' });
            });
            return readerState(reader);
          },
          { timeout: 30_000 },
        )
        .toMatchObject({ lastText: ending, lastVisible: true });
    });
  }
});
