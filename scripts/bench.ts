import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { ao3WorkPage, ao3WorkUrl } from '../tests/pages/ao3/work-page';
import { generatedWork } from '../tests/pages/samples';
import {
  CHROME_PATH,
  CHROMIUM_ARGS,
  launchWithExtension,
  PageServer,
} from '../tests/support/browser';
import { extractBundle } from './bench/extract-bundle';
import { EXTRACTORS, RECORDER, TIMINGS } from './bench/page-scripts';
import { medians } from './bench/stats';

/**
 * `npm run bench`: the reader on generated AO3-style entire works (5k, 50k, 500k words) in real
 * Chromium, medians of several runs. Each size is loaded without the extension (the page's own
 * first paint and DOMContentLoaded, Readability and our extractor on the same page) and with it
 * (the reader's first frame, long tasks after it, whole work ready, memory and DOM it adds,
 * frames of the site shown). Writes bench-results/bench.json and bench-results/bench.md.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '5000,50000,500000' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);

if (!values['no-build']) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bundle = await extractBundle();

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapMB: get('JSHeapUsedSize') / 1e6, nodes: get('Nodes') };
}

async function withContext<T>(
  withExtension: boolean,
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'fic-reader-bench-'));
  const context = withExtension
    ? await launchWithExtension(dir)
    : await chromium.launchPersistentContext(dir, {
        executablePath: CHROME_PATH,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: CHROMIUM_ARGS,
      });
  try {
    return await run(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const words of sizes) {
  const chapters = words >= 500_000 ? 60 : words >= 50_000 ? 12 : 3;
  const work = generatedWork(words, chapters);
  const url = ao3WorkUrl(work, { kind: 'entire' });
  const html = ao3WorkPage(work, { kind: 'entire' });
  console.log(
    `\n${words.toLocaleString('en-US')} words, ${chapters} chapters, ${(html.length / 1e6).toFixed(2)} MB page`,
  );

  const page = await withContext(false, async (context) => {
    const server = new PageServer(context);
    await server.start();
    server.serve(url, html);
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      await tab.addInitScript(RECORDER);
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(300);
      const t = (await tab.evaluate(TIMINGS)) as { fcp: number; dcl: number };
      const m = await metrics(tab);
      await tab.addScriptTag({ content: bundle });
      const e = (await tab.evaluate(EXTRACTORS)) as {
        readability: number;
        extract: number;
        words: number;
      };
      out.push({
        fcp: t.fcp,
        dcl: t.dcl,
        readability: e.readability,
        extract: e.extract,
        words: e.words,
        ...m,
      });
      await tab.close();
    }
    return medians(out);
  });
  console.log(
    `  page alone: FCP ${page.fcp.toFixed(0)} ms, DCL ${page.dcl.toFixed(0)} ms; Readability ${page.readability.toFixed(0)} ms, our extraction ${page.extract.toFixed(0)} ms`,
  );

  const reader = await withContext(true, async (context) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The cover is registered by the background at install; wait for it like a real first visit would not need to.
    for (let i = 0; i < 50; i++) {
      const ok = await sw.evaluate(
        `chrome.scripting.getRegisteredContentScripts({ ids: ['fic-reader-cover'] }).then((s) => s.length > 0)`,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const server = new PageServer(context);
    await server.start();
    server.serve(url, html);
    const out = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      await tab.addInitScript(RECORDER);
      await tab.goto(url);
      await tab.waitForFunction(
        `performance.getEntriesByName('fic-reader:ready').length > 0`,
        null,
        { timeout: 60_000 },
      );
      await tab.waitForTimeout(300);
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
        siteFrames: t.siteFrames!,
        ...m,
      });
      await tab.close();
    }
    return medians(out);
  });
  console.log(
    `  reader: first frame ${reader.firstFrame.toFixed(0)} ms (${reader.firstFrameFromStart.toFixed(0)} ms after the content script started), ready ${reader.ready.toFixed(0)} ms, longest task after the first frame ${reader.longestAfterFirstFrame.toFixed(0)} ms`,
  );
  results.push({ words, chapters, pageMB: html.length / 1e6, page, reader });
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const rows = results.map((r) => [
  r.words.toLocaleString('en-US'),
  f(r.page.fcp),
  f(r.page.dcl),
  f(r.page.readability),
  f(r.page.extract),
  f(r.reader.firstFrame),
  f(r.reader.firstFrameFromStart),
  f(r.reader.readerFirstPaint),
  f(r.reader.dcl),
  f(r.reader.ready),
  r.reader.longestAfterFirstFrame > 0 ? f(r.reader.longestAfterFirstFrame) : 'none > 50',
  f(r.reader.heapMB - r.page.heapMB, 1),
  f(r.reader.nodes - r.page.nodes),
  f(r.reader.siteFrames),
  `${f(r.page.readability / r.reader.firstFrameFromStart, 1)}×`,
  `${f(r.page.readability / r.page.extract, 1)}×`,
]);
const header = [
  'words',
  'page FCP',
  'page DCL',
  'Readability',
  'our extraction',
  'reader 1st frame',
  '…from script start',
  'reader 1st paint',
  'DCL with reader',
  'whole work ready',
  'longest task after 1st frame',
  'heap added (MB)',
  'DOM nodes added',
  'site frames shown',
  'Readability ÷ 1st frame (from start)',
  'Readability ÷ extraction',
];
const table = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');

// The targets of issue 4 are stated for the 500,000-word work; smaller sizes are for context.
const checks = results
  .filter((r) => r.words >= 500_000)
  .map((r) => ({
    words: r.words,
    firstFrameWithinTenthOfReadability: r.reader.firstFrameFromStart <= r.page.readability / 10,
    firstFrameBeforePageDcl: r.reader.firstFrame <= r.page.dcl + 20,
    noLongTaskAfterFirstFrame: r.reader.longTasksAfterFirstFrame === 0,
    noSiteFrameShown: r.reader.siteFrames === 0,
    extractionFasterThanReadability: r.page.extract < r.page.readability,
  }));
mkdirSync('bench-results', { recursive: true });
const when = new Date().toISOString();
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ when, runs, chromium: CHROME_PATH, results, checks }, null, 2),
);
writeFileSync(
  'bench-results/bench.md',
  `# Fic Reader benchmark (${when}, medians of ${runs} runs, times in ms from navigation start unless said)\n\n${table}\n`,
);
console.log(`\nMedians of ${runs} runs (ms from navigation start unless said):\n${table}\n`);
for (const c of checks) {
  const verdicts = Object.entries(c)
    .filter(([k]) => k !== 'words')
    .map(([k, v]) => `${v ? 'ok' : 'NO'} ${k}`);
  console.log(`${c.words.toLocaleString('en-US')} words: ${verdicts.join(', ')}`);
}
console.log('\nWritten to bench-results/bench.json and bench-results/bench.md');
