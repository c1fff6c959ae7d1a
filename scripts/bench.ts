import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROME_PATH, EXTENSION_DIR } from '../tests/support/browser';
import { attributeLongTasks } from './bench/attribute';
import { bundleSizes } from './bench/bundle-sizes';
import { entireWorkCase, longChapterCase, parseShapes, type BenchCase } from './bench/cases';
import { extractBundle } from './bench/extract-bundle';
import { checks, pageTable, readerTable, type BuildResult, type CaseResult } from './bench/report';
import { resumeRuns, scrollingRun, type ResumeResult, type ScrollResult } from './bench/resume';
import { coverRegistered, pageAlone, withBrowser, withReader } from './bench/runs';

/**
 * `npm run bench`: the reader in real Chromium against the page alone and Mozilla Readability,
 * medians of several runs, on generated AO3 entire works (5k, 50k, 500k words: issue 4) and on
 * one-chapter pages of pathological shapes (issue 7: 100k and 500k words in one chapter, 100,000
 * nested elements; `--shapes` takes `site:shape` for FanFiction.Net and Royal Road too). For each
 * case one more load is traced to say whose each long task after the first frame was, and how
 * long the content script took to evaluate. `--compare LABEL=DIR` runs another build (say, the
 * one before a change) in the same run. Writes bench-results/bench.json and bench.md.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '5000,50000,500000' },
    shapes: { type: 'string', default: 'ao3:words-100k,ao3:words-500k,ao3:nested-100k' },
    compare: { type: 'string', multiple: true, default: [] },
    'no-trace': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const cases: BenchCase[] = [
  ...values.sizes.split(',').filter(Boolean).map(Number).map(entireWorkCase),
  ...parseShapes(values.shapes).map(({ site, shape }) => longChapterCase(site, shape)),
];
const builds = [
  { label: 'this build', dir: EXTENSION_DIR },
  ...values.compare.map((spec) => {
    const [label, dir] = spec.includes('=') ? spec.split('=') : [spec, spec];
    return { label: label!, dir: dir! };
  }),
];

if (!values['no-build']) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bundle = await extractBundle();

const results: CaseResult[] = [];
for (const c of cases) {
  console.log(`\n${c.name}: ${(c.html.length / 1e6).toFixed(2)} MB page`);
  const page = await pageAlone(c, runs, bundle);
  console.log(
    `  page alone: FCP ${page.fcp.toFixed(0)} ms, DCL ${page.dcl.toFixed(0)} ms, timer starved ${page.timerGap.toFixed(0)} ms; Readability ${page.readability.toFixed(0)} ms, our extraction ${page.extract.toFixed(0)} ms`,
  );
  const measured: BuildResult[] = [];
  for (const { label, dir } of builds) {
    const reader = await withReader(c, runs, dir);
    const result: BuildResult = { build: label, reader };
    if (!values['no-trace']) {
      const traced = await attributeLongTasks(c, dir);
      result.owners = traced.tasks;
      result.scriptEvalMs = traced.scriptEvalMs;
    }
    console.log(
      `  ${label}: first frame ${reader.firstFrame.toFixed(0)} ms (${reader.firstFrameFromStart.toFixed(0)} ms after the content script started at ${reader.scriptStart.toFixed(0)}), on screen ${reader.onScreen.toFixed(0)} ms, ready ${reader.ready.toFixed(0)} ms, timer starved ${reader.timerGapAfterFirstFrame.toFixed(0)} ms after the first frame; long tasks ${JSON.stringify(result.owners ?? [])}`,
    );
    measured.push(result);
  }
  results.push({ case: c, pageMB: c.html.length / 1e6, page, builds: measured });
}

// Issue 10: the saved place on the 500k work, and scrolling it (this build only: the builds
// before it kept no place).
let progress: { resume: ResumeResult; scrolling: ScrollResult } | null = null;
const big = cases.find((c) => c.kind === 'entire work' && c.name.startsWith('entire 500k'));
if (big) {
  progress = await withBrowser(big, EXTENSION_DIR, async (browser) => {
    await coverRegistered(browser);
    const resume = await resumeRuns(browser, big, runs);
    const scrolling = await scrollingRun(browser, big, 20);
    return { resume, scrolling };
  });
  console.log(`\n${big.name}, progress: ${JSON.stringify(progress)}`);
}

const sizes = builds.map(({ label, dir }) => ({ build: label, bundles: bundleSizes(dir) }));
const verdicts = checks(results);
const md = [
  `## The page alone\n\n${pageTable(results)}`,
  `## With the reader\n\n${readerTable(results)}`,
  ...(progress
    ? [`## Reading progress (${big?.name}, this build)\n\n${progressTable(progress)}`]
    : []),
  `## Bundles (bytes, gzipped)\n\n${sizes
    .map(
      (s) => `- ${s.build}: ${s.bundles.map((b) => `${b.name} ${b.raw} (${b.gzip})`).join(', ')}`,
    )
    .join('\n')}`,
].join('\n\n');
mkdirSync('bench-results', { recursive: true });
const when = new Date().toISOString();
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify(
    { when, runs, chromium: CHROME_PATH, results, progress, sizes, checks: verdicts },
    null,
    2,
  ),
);
writeFileSync(
  'bench-results/bench.md',
  `# Fic Reader benchmark (${when}, medians of ${runs} runs, times in ms from navigation start unless said)\n\n${md}\n`,
);
console.log(`\nMedians of ${runs} runs:\n${md}\n`);
for (const c of verdicts) {
  const line = Object.entries(c)
    .filter(([k]) => k !== 'case')
    .map(([k, v]) => `${v ? 'ok' : 'NO'} ${k}`);
  console.log(`${c.case}: ${line.join(', ')}`);
}
console.log('\nWritten to bench-results/bench.json and bench-results/bench.md');

/** Issue 10's rows: the saved line against the top of the work, and scrolling. */
function progressTable({
  resume: r,
  scrolling: s,
}: {
  resume: ResumeResult;
  scrolling: ScrollResult;
}) {
  const f = (n: number) => n.toFixed(0);
  return [
    '| measure | value | goal |',
    '| --- | --- | --- |',
    `| top of the work: first frame / on screen | ${f(r.topFirstFrame)} / ${f(r.topOnScreen)} ms | |`,
    `| saved place in chapter 50: saved line's first frame / on screen | ${f(r.savedFirstFrame)} / ${f(r.savedOnScreen)} ms | as soon as the top's |`,
    `| ratio, saved ÷ top (on screen) | ${(r.savedOnScreen / r.topOnScreen).toFixed(2)} | ≈ 1 |`,
    `| landed on the saved line / stayed there 1 s later | ${r.landed} / ${r.stayed} of ${r.runs} | all |`,
    `| scrolling ${s.seconds.toFixed(0)} s: longest task in the reader's frame | ${s.longestTaskMs > 0 ? `${f(s.longestTaskMs)} ms` : 'none over 50 ms'} | ≤ 50 ms |`,
    `| scrolling: progress writes reaching IndexedDB | ${s.writesPerMinute.toFixed(1)} a minute | ≤ 60 |`,
  ].join('\n');
}
