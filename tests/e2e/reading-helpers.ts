import type { Frame, Page, Worker } from '@playwright/test';
import { expect, readStore } from './harness';

/**
 * What a reader sees and does in the reader's frame: the first line at the top, scrolling a
 * share of the way down, and what the background stored.
 */

/** The first `length` characters from the start of the first line at the top of the reader. */
export function firstLine(reader: Frame, length = 50): Promise<string> {
  return reader.evaluate((length) => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
    if (!scroller) return '';
    const top = scroller.getBoundingClientRect().top + 4;
    // As the reader judges it: by the bottom of a block's last line of text, not of its box.
    const textBottom = (e: Element) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const rects = [...r.getClientRects()].filter((x) => x.height > 0);
      return rects.length ? Math.max(...rects.map((x) => x.bottom)) : -Infinity;
    };
    const block = [...document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *')].find(
      (e) => textBottom(e) > top,
    );
    if (!block) return '';
    const box = block.getBoundingClientRect();
    const at = document.caretPositionFromPoint(box.left + 1, Math.max(top, box.top + 1));
    // From the caret to the end of the block: the line and what follows it.
    const range = document.createRange();
    range.selectNodeContents(block);
    if (at && block.contains(at.offsetNode)) range.setStart(at.offsetNode, at.offset);
    return range.toString().replace(/\s+/g, ' ').trim().slice(0, length);
  }, length);
}

/** The whole first line at the top of the reader (after the text reflowed, it holds more). */
export function topLine(reader: Frame): Promise<string> {
  return reader.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
    if (!scroller) return '';
    const top = scroller.getBoundingClientRect().top + 4;
    // As the reader judges it: by the bottom of a block's last line of text, not of its box.
    const textBottom = (e: Element) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const rects = [...r.getClientRects()].filter((x) => x.height > 0);
      return rects.length ? Math.max(...rects.map((x) => x.bottom)) : -Infinity;
    };
    const block = [...document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *')].find(
      (e) => textBottom(e) > top,
    );
    if (!block) return '';
    const box = block.getBoundingClientRect();
    const y = Math.max(top, box.top + 1);
    const start = document.caretPositionFromPoint(box.left + 1, y);
    const end = document.caretPositionFromPoint(box.right - 1, y);
    if (!start || !end) return '';
    const range = document.createRange();
    range.setStart(start.offsetNode, start.offset);
    range.setEnd(end.offsetNode, end.offset);
    return range.toString().replace(/\s+/g, ' ').trim();
  });
}

/** Scrolls the reader to a share of its height, and lets it settle. */
export async function scrollTo(reader: Frame, share: number): Promise<void> {
  await reader.evaluate((to) => {
    const scroller = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]');
    if (scroller) scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * to;
  }, share);
}

/** Scrolls by a number of pixels, as a wheel would. */
export async function scrollBy(reader: Frame, pixels: number): Promise<void> {
  await reader.evaluate((by) => {
    document.querySelector<HTMLElement>('[data-testid="reader-scroll"]')?.scrollBy(0, by);
  }, pixels);
}

/** The stored progress of a work (its `last` and `furthest` positions among the rest). */
export async function storedProgress(sw: Worker, key: string) {
  const all = (await readStore(sw, 'progress')) as {
    key: string;
    last?: { chapterId: string; block: number; offset: number; quote: string };
    furthest?: { chapterId: string; block: number; offset: number };
  }[];
  return all.find((p) => p.key === key);
}

/** Waits until the background has stored a `last` position whose quote starts the line. */
export async function waitStored(sw: Worker, key: string, line: string): Promise<void> {
  await expect
    .poll(async () => (await storedProgress(sw, key))?.last?.quote.slice(0, 20), {
      timeout: 10_000,
    })
    .toBe(line.slice(0, 20));
}

/** The reader's first line once it has stopped moving (after it landed on a saved place). */
export async function settledFirstLine(page: Page, reader: Frame): Promise<string> {
  let previous = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await firstLine(reader);
    if (now && now === previous) return now;
    previous = now;
  }
  return previous;
}

/** The chapters the background has marked read, as `work:chapter`. */
export async function readChapters(sw: Worker): Promise<string[]> {
  const all = (await readStore(sw, 'chapters')) as {
    work: string;
    chapterId: string;
    read?: { value: boolean };
  }[];
  return all.filter((c) => c.read?.value).map((c) => `${c.work}:${c.chapterId}`);
}
