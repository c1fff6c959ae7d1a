import type { Page } from '@playwright/test';

/**
 * What a reader sees on a site's own page (the reader switched off there, or closed): the first
 * line of the story at the top of the window, and scrolling as a reader does, with the wheel.
 */

const BLOCKS = '#chapters div.userstuff > *';

/** The first `length` characters from the start of the first story line at the top of the page. */
export function pageFirstLine(page: Page, length = 50, selector = BLOCKS): Promise<string> {
  return page.evaluate(
    ([blocks, length]) => {
      const top = 4;
      // As the extension judges it: by the bottom of the text's last line, not of the block.
      const textBottom = (e: Element) => {
        const r = document.createRange();
        r.selectNodeContents(e);
        const rects = [...r.getClientRects()].filter((x) => x.height > 0);
        return rects.length ? Math.max(...rects.map((x) => x.bottom)) : -Infinity;
      };
      const block = [...document.querySelectorAll(blocks)].find((e) => textBottom(e) > top);
      if (!block) return '';
      const box = block.getBoundingClientRect();
      const at = document.caretPositionFromPoint(box.left + 1, Math.max(top, box.top + 1));
      const range = document.createRange();
      range.selectNodeContents(block);
      if (at && block.contains(at.offsetNode)) range.setStart(at.offsetNode, at.offset);
      return range.toString().replace(/\s+/g, ' ').trim().slice(0, length);
    },
    [selector, length] as const,
  );
}

/** The whole first story line at the top of the page. */
export function pageTopLine(page: Page, selector = BLOCKS): Promise<string> {
  return page.evaluate((blocks) => {
    const textBottom = (e: Element) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const rects = [...r.getClientRects()].filter((x) => x.height > 0);
      return rects.length ? Math.max(...rects.map((x) => x.bottom)) : -Infinity;
    };
    const block = [...document.querySelectorAll(blocks)].find((e) => textBottom(e) > 4);
    if (!block) return '';
    const box = block.getBoundingClientRect();
    const y = Math.max(4, box.top + 1);
    const start = document.caretPositionFromPoint(box.left + 1, y);
    const end = document.caretPositionFromPoint(box.right - 1, y);
    if (!start || !end) return '';
    const range = document.createRange();
    range.setStart(start.offsetNode, start.offset);
    range.setEnd(end.offsetNode, end.offset);
    return range.toString().replace(/\s+/g, ' ').trim();
  }, selector);
}

/**
 * True when a place (the text from it) starts on the first line at the top: the place's line,
 * whatever the layout (the site's page and the reader wrap their lines differently).
 */
export function startsOnLine(from: string, line: string, following: string): boolean {
  const at = following.indexOf(from.slice(0, 16));
  return at >= 0 && at < Math.max(1, line.length);
}

/** The text of the first story paragraph at the top of the page. */
export function pageTopParagraph(
  page: Page,
  selector = '#chapters div.userstuff > *',
): Promise<string> {
  return page.evaluate((blocks) => {
    const block = [...document.querySelectorAll(blocks)].find(
      (e) => e.getBoundingClientRect().bottom > 4,
    );
    return (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}

/** Scrolls the page with the mouse wheel, as a reader does, to about a share of its height. */
export async function wheelTo(page: Page, share: number): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 800, height: 600 };
  await page.mouse.move(width / 2, height / 2);
  const target = await page.evaluate(
    (to) => (document.documentElement.scrollHeight - innerHeight) * to,
    share,
  );
  for (let i = 0; i < 200; i++) {
    const y = await page.evaluate(() => scrollY);
    const left = target - y;
    if (Math.abs(left) < 40) break;
    await page.mouse.wheel(0, Math.sign(left) * Math.min(Math.abs(left), 600));
    await page.waitForTimeout(30);
  }
}
