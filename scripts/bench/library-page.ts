import type { Page } from '@playwright/test';

// What the benchmark measures inside the extension's pages (run with page.evaluate).

/** Starts recording long tasks on the page (window.__longTasks). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/** The longest task since `since` (performance.now() of the page), in ms; 0 for none. */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((e) => e.start + e.duration >= t)
          .map((e) => e.duration),
      ),
    since,
  );
}

/**
 * Types `text` into the search box a character at a time, each keystroke measured from the input
 * event to the frame after the list re-rendered. Resolves with the times, in ms.
 */
export async function typeAndTime(page: Page, text: string): Promise<number[]> {
  // No named helpers inside: tsx would wrap them in a __name() the page does not have.
  return page.evaluate(async (chars) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
    const times: number[] = [];
    for (let i = 0; i <= chars.length; i++) {
      const start = performance.now();
      input.value = chars.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - start);
    }
    return times;
  }, text);
}
