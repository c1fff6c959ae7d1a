import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHROME_PATH, EXTENSION_DIR } from '../tests/support/browser';
import { attributeLongTasks } from './bench/attribute';
import { entireWorkCase, longChapterCase, parseShapes, type BenchCase } from './bench/cases';
import { extractBundle } from './bench/extract-bundle';
import { checks, table, type CaseResult } from './bench/report';
import { pageAlone, withReader } from './bench/runs';

/**
 * `npm run bench`: the reader in real Chromium against the page alone and Mozilla Readability,
 * medians of several runs, on generated AO3 entire works (5k, 50k, 500k words: issue 4) and on
 * one-chapter pages of pathological shapes (issue 7: 100k and 500k words in one chapter, 100,000
 * nested elements; `--shapes` takes `site:shape` for FanFiction.Net and Royal Road too). For each
 * case one more load is traced to say whose each long task after the first frame was. Writes bench-results/bench.json and bench-results/bench.md.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '5000,50000,500000' },
    shapes: { type: 'string', default: 'ao3:words-100k,ao3:words-500k,ao3:nested-100k' },
    'no-trace': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const cases: BenchCase[] = [
  ...values.sizes.split(',').filter(Boolean).map(Number).map(entireWorkCase),
  ...parseShapes(values.shapes).map(({ site, shape }) => longChapterCase(site, shape)),
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
  const reader = await withReader(c, runs, EXTENSION_DIR);
  console.log(
    `  reader: first frame ${reader.firstFrame.toFixed(0)} ms (${reader.firstFrameFromStart.toFixed(0)} ms after the content script started), ready ${reader.ready.toFixed(0)} ms, longest task after the first frame ${reader.longestAfterFirstFrame.toFixed(0)} ms, timer starved ${reader.timerGapAfterFirstFrame.toFixed(0)} ms after it (${reader.timerGapAfterDcl.toFixed(0)} ms after DOMContentLoaded)`,
  );
  const result: CaseResult = { case: c, pageMB: c.html.length / 1e6, page, reader };
  if (!values['no-trace']) {
    result.owners = (await attributeLongTasks(c, EXTENSION_DIR)).tasks;
    console.log(`  long tasks after the first frame (traced): ${JSON.stringify(result.owners)}`);
  }
  results.push(result);
}

const md = table(results);
const verdicts = checks(results);
mkdirSync('bench-results', { recursive: true });
const when = new Date().toISOString();
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ when, runs, chromium: CHROME_PATH, results, checks: verdicts }, null, 2),
);
writeFileSync(
  'bench-results/bench.md',
  `# Fic Reader benchmark (${when}, medians of ${runs} runs, times in ms from navigation start unless said)\n\n${md}\n`,
);
console.log(`\nMedians of ${runs} runs (ms from navigation start unless said):\n${md}\n`);
for (const c of verdicts) {
  const line = Object.entries(c)
    .filter(([k]) => k !== 'case')
    .map(([k, v]) => `${v ? 'ok' : 'NO'} ${k}`);
  console.log(`${c.case}: ${line.join(', ')}`);
}
console.log('\nWritten to bench-results/bench.json and bench-results/bench.md');
