import type { Frame, Page, Worker } from '@playwright/test';
import { expect, readStore } from './harness';

/**
 * Highlighting in the reader's frame as a reader does it (a mouse drag over the text), and
 * reading back what is drawn (the frame's `CSS.highlights`) and what the background stored.
 */

/** The page coordinates of the start (or end) of `needle` in the reader's text. */
export async function textPoint(page: Page, reader: Frame, needle: string, side: 'start' | 'end') {
  const frameBox = await (await reader.frameElement()).boundingBox();
  const point = await reader.evaluate(
    ([text, edge]) => {
      const root = document.querySelector('[data-testid="reader-scroll"]');
      const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at < 0 || !node.parentElement?.closest('[data-testid="chapter-text"]')) continue;
        const range = document.createRange();
        range.setStart(node, edge === 'start' ? at : at + text.length - 1);
        range.setEnd(node, edge === 'start' ? at + 1 : at + text.length);
        const box = range.getClientRects()[0]!;
        return { x: edge === 'start' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
      }
      throw new Error(`not in the text: ${text}`);
    },
    [needle, side] as const,
  );
  return { x: (frameBox?.x ?? 0) + point.x, y: (frameBox?.y ?? 0) + point.y };
}

/** Scrolls the reader so the block holding `needle` is at the top. */
export async function scrollToText(reader: Frame, needle: string) {
  await reader.evaluate((text) => {
    const blocks = document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *');
    const block = [...blocks].find((b) => b.textContent?.includes(text));
    block?.scrollIntoView({ block: 'start' });
    document.querySelector('[data-testid="reader-scroll"]')?.scrollBy(0, -60);
  }, needle);
}

/** Selects from the start of `from` to the end of `to` with the mouse (after scrolling to it). */
export async function dragSelect(page: Page, reader: Frame, from: string, to: string) {
  await scrollToText(reader, from);
  await page.waitForTimeout(100);
  const a = await textPoint(page, reader, from, 'start');
  const b = await textPoint(page, reader, to, 'end');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

/**
 * What is drawn in the frame: each registered highlight's name and its ranges' text, a line per
 * block (as a stored quote joins blocks), whitespace collapsed.
 */
export function drawn(reader: Frame): Promise<Record<string, string[]>> {
  return reader.evaluate(() => {
    const out: Record<string, string[]> = {};
    const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const blocks = [...document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *')];
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...(highlight as unknown as Set<Range>)].map((range) =>
        blocks
          .filter((block) => range.intersectsNode(block))
          .map((block) => {
            const part = document.createRange();
            part.selectNodeContents(block);
            if (block.contains(range.startContainer))
              part.setStart(range.startContainer, range.startOffset);
            if (block.contains(range.endContainer))
              part.setEnd(range.endContainer, range.endOffset);
            return clean(part.toString());
          })
          .filter((text) => text !== '')
          .join('\n'),
      );
    });
    return out;
  });
}

/** A stored highlight as the background keeps it. */
export interface StoredHighlightRecord {
  id: string;
  work: string;
  anchor: { value: { exact: string; chapterId: string } };
  color: { value: string };
  note: { value: string };
  removed: { value: boolean };
}

/** The highlights the background stored. */
export async function storedHighlights(sw: Worker): Promise<StoredHighlightRecord[]> {
  return (await readStore(sw, 'highlights')) as StoredHighlightRecord[];
}

/** Waits until the background has stored `count` highlights (not removed). */
export async function waitStoredCount(sw: Worker, count: number) {
  await expect
    .poll(async () => (await storedHighlights(sw)).filter((h) => !h.removed.value).length, {
      timeout: 10_000,
    })
    .toBe(count);
}
