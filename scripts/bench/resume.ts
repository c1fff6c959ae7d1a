import type { BenchCase } from './cases';
import type { RawBrowser } from './raw-browser';
import { sleep } from './raw-browser';
import { FRAME_TIMINGS, READY } from './reader-timings';
import { median } from './stats';

/**
 * Issue 10's measures on the 500,000-word entire work: the saved line on screen (saved place in
 * chapter 50 of 60) against a top-of-work first frame in the same run, whether it landed on the
 * saved line and stayed there; and, while scrolling it, the longest task in the reader's frame
 * and the progress writes that reached IndexedDB per minute.
 */

/** The first ~40 characters at the top of the reader, as the e2e tests read it. */
const FIRST_LINE = `(() => {
  const s = document.querySelector('[data-testid="reader-scroll"]');
  if (!s) return '';
  const top = s.getBoundingClientRect().top + 4;
  const textBottom = (e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    const rects = [...r.getClientRects()].filter((x) => x.height > 0);
    return rects.length ? Math.max(...rects.map((x) => x.bottom)) : -Infinity;
  };
  const block = [...document.querySelectorAll('[data-testid="chapter-text"] .fr-chunk > *')]
    .find((e) => textBottom(e) > top);
  if (!block) return '';
  const box = block.getBoundingClientRect();
  const at = document.caretPositionFromPoint(box.left + 1, Math.max(top, box.top + 1));
  const range = document.createRange();
  range.selectNodeContents(block);
  if (at && block.contains(at.offsetNode)) range.setStart(at.offsetNode, at.offset);
  return range.toString().replace(/\\s+/g, ' ').trim().slice(0, 40);
})()`;

/** Scrolls the reader to a paragraph a little way into chapter `index` (0-based). */
const toChapter = (index: number) => `(async () => {
  const s = document.querySelector('[data-testid="reader-scroll"]');
  const chapter = document.querySelectorAll('[data-testid="chapter-text"]')[${index}];
  if (!s || !chapter) return false;
  for (let i = 0; i < 3; i++) {
    const p = chapter.querySelectorAll('.fr-chunk > *')[12] ?? chapter;
    s.scrollTop += p.getBoundingClientRect().top - s.getBoundingClientRect().top + 9;
    await new Promise((r) => setTimeout(r, 300));
  }
  return true;
})()`;

const inFrame = <T>(browser: RawBrowser, expression: string) =>
  browser.evalIn<T>('iframe', /\/reader\.html/, expression);

/** Opens the case's page and waits for the whole work; the first frame, from navigation start. */
async function open(browser: RawBrowser, c: BenchCase) {
  const tab = await browser.newPage();
  await browser.send('Page.navigate', { url: c.url }, tab.sessionId);
  for (
    let waited = 0;
    !(await inFrame<boolean>(browser, READY).catch(() => false));
    waited += 100
  ) {
    if (waited > 120_000) throw new Error(`the reader never got ready on ${c.name}`);
    await sleep(100);
  }
  await sleep(500);
  const pageOrigin = await browser.eval<number>(tab.sessionId, 'performance.timeOrigin');
  const t = await inFrame<{ origin: number; firstFrame: number; onScreen: number }>(
    browser,
    FRAME_TIMINGS,
  );
  if (!t) throw new Error('no reader timings');
  const shift = t.origin - pageOrigin;
  return { tab, firstFrame: t.firstFrame + shift, onScreen: t.onScreen + shift };
}

export interface ResumeResult {
  topFirstFrame: number;
  topOnScreen: number;
  savedFirstFrame: number;
  savedOnScreen: number;
  /** Runs that showed the saved line, of all runs; and of those, the runs where it stayed. */
  landed: number;
  stayed: number;
  runs: number;
}

/** Top-of-work opens, then the saved place in chapter 50, then opens that land on it. */
export async function resumeRuns(
  browser: RawBrowser,
  c: BenchCase,
  runs: number,
): Promise<ResumeResult> {
  const top = [];
  for (let i = 0; i < runs; i++) {
    const r = await open(browser, c);
    top.push(r);
    await browser.send('Target.closeTarget', { targetId: r.tab.targetId });
  }
  const first = await open(browser, c);
  await inFrame(browser, toChapter(49));
  await sleep(1500);
  const saved = (await inFrame<string>(browser, FIRST_LINE)) ?? '';
  await browser.send('Target.closeTarget', { targetId: first.tab.targetId });
  await sleep(500);
  const resumed = [];
  let landed = 0;
  let stayed = 0;
  for (let i = 0; i < runs; i++) {
    const r = await open(browser, c);
    const line = await inFrame<string>(browser, FIRST_LINE);
    await sleep(1000);
    const later = await inFrame<string>(browser, FIRST_LINE);
    if (process.env.BENCH_DEBUG) console.log({ saved, line, later });
    if (saved && line === saved) landed++;
    if (saved && line === saved && later === saved) stayed++;
    resumed.push(r);
    await browser.send('Target.closeTarget', { targetId: r.tab.targetId });
  }
  return {
    topFirstFrame: median(top.map((r) => r.firstFrame)),
    topOnScreen: median(top.map((r) => r.onScreen)),
    savedFirstFrame: median(resumed.map((r) => r.firstFrame)),
    savedOnScreen: median(resumed.map((r) => r.onScreen)),
    landed,
    stayed,
    runs,
  };
}

export interface ScrollResult {
  seconds: number;
  longestTaskMs: number;
  writesPerMinute: number;
}

/** Scrolls the work for `seconds` as a reader would; long tasks and progress writes meanwhile. */
export async function scrollingRun(
  browser: RawBrowser,
  c: BenchCase,
  seconds: number,
): Promise<ScrollResult> {
  const { tab } = await open(browser, c);
  await browser.evalIn('service_worker', /^chrome-extension:/, COUNT_WRITES);
  await inFrame(
    browser,
    `(() => { window.__longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' }); })()`,
  );
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    await inFrame(
      browser,
      `document.querySelector('[data-testid="reader-scroll"]').scrollBy(0, 60)`,
    );
    await sleep(50);
  }
  const elapsed = (Date.now() - started) / 1000;
  await sleep(1000);
  const writes =
    (await browser.evalIn<number>('service_worker', /^chrome-extension:/, 'self.__writes')) ?? 0;
  const longest = (await inFrame<number>(browser, 'window.__longest')) ?? Number.NaN;
  await browser.send('Target.closeTarget', { targetId: tab.targetId });
  return { seconds: elapsed, longestTaskMs: longest, writesPerMinute: (writes * 60) / elapsed };
}

/** Counts progress writes that reach IndexedDB in the service worker. */
const COUNT_WRITES = `(() => {
  self.__writes = 0;
  if (self.__counting) return;
  self.__counting = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (this.name === 'activity') self.__writes++;
    return put.call(this, value, key);
  };
})()`;
