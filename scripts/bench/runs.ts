import type { BenchCase } from './cases';
import { EXTRACTORS, RECORDER, TIMINGS } from './page-scripts';
import { RawBrowser, sleep, startPageServer } from './raw-browser';
import { FRAME_TIMINGS, PAGE_MARK_TIMINGS, READY, type ReaderTimings } from './reader-timings';
import { medians } from './stats';

/** Hosts the bench's pages live at (served locally). */
const HOSTS = ['archiveofourown.org', 'www.fanfiction.net', 'www.royalroad.com'];

/** Runs `run` with a fresh Chromium (with an extension, or none) and the case's page served. */
export async function withBrowser<T>(
  c: BenchCase,
  extension: string | null,
  run: (browser: RawBrowser) => Promise<T>,
): Promise<T> {
  const pages = new Map([[c.url.replace(/#.*$/, ''), c.html]]);
  const { server, port } = await startPageServer(pages);
  const browser = await RawBrowser.launch({ extension, hosts: HOSTS, port });
  try {
    return await run(browser);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Opens the case's page in a new tab with the recorder installed before the page's scripts. */
async function load(browser: RawBrowser, c: BenchCase) {
  const tab = await browser.newPage();
  await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: RECORDER }, tab.sessionId);
  await browser.send('Page.navigate', { url: c.url }, tab.sessionId);
  return tab;
}

/** Heap and DOM size of a tab, after a garbage collection. */
async function metrics(browser: RawBrowser, sessionId: string) {
  await browser.send('HeapProfiler.collectGarbage', {}, sessionId);
  await browser.send('Performance.enable', {}, sessionId);
  const { metrics: list } = (await browser.send('Performance.getMetrics', {}, sessionId)) as {
    metrics: { name: string; value: number }[];
  };
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapMB: get('JSHeapUsedSize') / 1e6, nodes: get('Nodes') };
}

/** The page alone: its own paint, DOMContentLoaded and starved timers; both extractors on it. */
export async function pageAlone(c: BenchCase, runs: number, bundle: string) {
  return withBrowser(c, null, async (browser) => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await load(browser, c);
      while ((await browser.eval<string>(tab.sessionId, 'document.readyState')) !== 'complete')
        await sleep(50);
      await sleep(300);
      const t = await browser.eval<Record<string, number>>(tab.sessionId, `(${TIMINGS})(NaN)`);
      const m = await metrics(browser, tab.sessionId);
      await browser.eval(tab.sessionId, bundle);
      const e = await browser.eval<Record<string, number>>(tab.sessionId, EXTRACTORS);
      out.push({
        fcp: t.fcp!,
        dcl: t.dcl!,
        timerGap: t.timerGap!,
        readability: e.readability!,
        extract: e.extract!,
        words: e.words!,
        ...m,
      });
      await browser.send('Target.closeTarget', { targetId: tab.targetId });
    }
    return medians(out);
  });
}

/** Waits until the background has registered the cover stylesheet, as after an install. */
export async function coverRegistered(browser: RawBrowser) {
  for (let i = 0; i < 100; i++) {
    const ok = await browser
      .evalIn<boolean>(
        'service_worker',
        /^chrome-extension:/,
        `chrome.scripting.getRegisteredContentScripts({ ids: ['fic-reader-cover'] }).then((s) => s.length > 0)`,
      )
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
}

/** The reader's timings, from its frame (or, for a build from before the frame, the page). */
async function timingsOf(browser: RawBrowser, sessionId: string): Promise<ReaderTimings | null> {
  const pageOrigin = await browser.eval<number>(sessionId, 'performance.timeOrigin');
  const frame = await browser.evalIn<ReaderTimings & { origin: number }>(
    'iframe',
    /\/reader\.html/,
    FRAME_TIMINGS,
  );
  if (frame) {
    const shift = frame.origin - pageOrigin;
    return {
      start: frame.start - pageOrigin,
      firstFrame: frame.firstFrame + shift,
      onScreen: frame.onScreen + shift,
      ready: frame.ready + shift,
    };
  }
  return browser.eval<ReaderTimings | null>(sessionId, PAGE_MARK_TIMINGS);
}

/** True once the reader says the whole work is rendered (in its frame, or in the page). */
async function ready(browser: RawBrowser, sessionId: string): Promise<boolean> {
  const inFrame = await browser
    .evalIn<boolean>('iframe', /\/reader\.html/, READY)
    .catch(() => undefined);
  return inFrame ?? (await browser.eval<boolean>(sessionId, READY).catch(() => false));
}

/** The page with the reader: its first frame, what follows it, and what it costs. */
export async function withReader(c: BenchCase, runs: number, extension: string) {
  return withBrowser(c, extension, async (browser) => {
    await coverRegistered(browser);
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await load(browser, c);
      for (let waited = 0; !(await ready(browser, tab.sessionId)); waited += 100) {
        if (waited > 120_000) throw new Error(`the reader never got ready on ${c.name}`);
        await sleep(100);
      }
      await sleep(1000);
      const r = await timingsOf(browser, tab.sessionId);
      if (!r) throw new Error(`no reader timings on ${c.name}`);
      const t = await browser.eval<Record<string, number>>(
        tab.sessionId,
        `(${TIMINGS})(${r.firstFrame})`,
      );
      const m = await metrics(browser, tab.sessionId);
      out.push({
        scriptStart: r.start,
        firstFrame: r.firstFrame,
        firstFrameFromStart: r.firstFrame - r.start,
        onScreen: r.onScreen,
        onScreenFromStart: r.onScreen - r.start,
        dcl: t.dcl!,
        ready: r.ready,
        longestAfterFirstFrame: t.longestAfterFirstFrame!,
        longTasksAfterFirstFrame: t.longTasksAfterFirstFrame!,
        timerGap: t.timerGap!,
        timerGapAfterFirstFrame: t.timerGapAfter!,
        timerGapAfterDcl: t.timerGapAfterDcl!,
        siteFrames: t.siteFrames!,
        ...m,
      });
      await browser.send('Target.closeTarget', { targetId: tab.targetId });
    }
    return medians(out);
  });
}
