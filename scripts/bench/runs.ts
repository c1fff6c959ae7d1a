import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import {
  CHROME_PATH,
  CHROMIUM_ARGS,
  launchWithExtension,
  PageServer,
} from '../../tests/support/browser';
import type { BenchCase } from './cases';
import { EXTRACTORS, RECORDER, TIMINGS } from './page-scripts';
import { medians } from './stats';

/** Heap and DOM size of a page, after a garbage collection. */
async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapMB: get('JSHeapUsedSize') / 1e6, nodes: get('Nodes') };
}

/** Runs `run` in a fresh Chromium profile, with the built extension or without. */
export async function withContext<T>(
  extension: string | null,
  run: (context: BrowserContext, server: PageServer) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'fic-reader-bench-'));
  const context = extension
    ? await launchWithExtension(dir, true, extension)
    : await chromium.launchPersistentContext(dir, {
        executablePath: CHROME_PATH,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: CHROMIUM_ARGS,
      });
  const server = new PageServer(context);
  await server.start();
  try {
    return await run(context, server);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page alone: its own paint, DOMContentLoaded and starved timers; both extractors on it. */
export async function pageAlone(c: BenchCase, runs: number, bundle: string) {
  return withContext(null, async (context, server) => {
    server.serve(c.url, c.html);
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      await tab.addInitScript(RECORDER);
      await tab.goto(c.url, { waitUntil: 'load', timeout: 120_000 });
      await tab.waitForTimeout(300);
      const t = (await tab.evaluate(TIMINGS)) as Record<string, number>;
      const m = await metrics(tab);
      await tab.addScriptTag({ content: bundle });
      const e = (await tab.evaluate(EXTRACTORS)) as Record<string, number>;
      out.push({
        fcp: t.fcp!,
        dcl: t.dcl!,
        timerGap: t.timerGap!,
        readability: e.readability!,
        extract: e.extract!,
        words: e.words!,
        ...m,
      });
      await tab.close();
    }
    return medians(out);
  });
}

/** Waits until the background has registered the cover stylesheet, as after an install. */
async function coverRegistered(context: BrowserContext) {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 50; i++) {
    const ok = await sw.evaluate(
      `chrome.scripting.getRegisteredContentScripts({ ids: ['fic-reader-cover'] }).then((s) => s.length > 0)`,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The page with the reader: its first frame, what follows it, and what it costs. */
export async function withReader(c: BenchCase, runs: number, extension: string) {
  return withContext(extension, async (context, server) => {
    await coverRegistered(context);
    server.serve(c.url, c.html);
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      await tab.addInitScript(RECORDER);
      await tab.goto(c.url, { timeout: 120_000 });
      await tab.waitForFunction(
        `performance.getEntriesByName('fic-reader:ready').length > 0`,
        null,
        {
          timeout: 120_000,
        },
      );
      await tab.waitForTimeout(1000);
      const t = (await tab.evaluate(TIMINGS)) as Record<string, number>;
      const m = await metrics(tab);
      out.push({
        firstFrame: t.firstFrame!,
        firstFrameFromStart: t.firstFrame! - t.start!,
        readerFirstPaint: t.fcp!,
        dcl: t.dcl!,
        ready: t.ready!,
        longestAfterFirstFrame: t.longestAfterFirstFrame!,
        longTasksAfterFirstFrame: t.longTasksAfterFirstFrame!,
        timerGap: t.timerGap!,
        timerGapAfterFirstFrame: t.timerGapAfter!,
        timerGapAfterDcl: t.timerGapAfterDcl!,
        siteFrames: t.siteFrames!,
        ...m,
      });
      await tab.close();
    }
    return medians(out);
  });
}
