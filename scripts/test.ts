import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { missingBrowsers } from './check-browsers';

/**
 * `npm test`: every check CI runs, in order, stopping at the first failure, and ending with the
 * test counts. Each step is also an npm script of its own (see package.json) for quick reruns.
 */

interface Step {
  name: string;
  cmd: string[];
  /** Reads the step's report and says what it counted. */
  count?: () => string;
  /** Runs only when this is true (the corpus check needs ../shared/fixtures). */
  when?: () => boolean;
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function vitestCount(file: string) {
  return () => {
    const r = json(file);
    return `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped (${r.numTotalTests} tests)`;
  };
}

const steps: Step[] = [
  { name: 'Prettier', cmd: ['prettier', '--check', '.'] },
  { name: 'ESLint', cmd: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'TypeScript', cmd: ['tsc', '--noEmit'] },
  {
    name: 'Unit tests (Vitest)',
    cmd: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    count: vitestCount('test-results/unit.json'),
  },
  { name: 'Build (Chrome MV3)', cmd: ['wxt', 'build'] },
  { name: 'Build (Firefox MV3)', cmd: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
  {
    name: 'web-ext lint (Firefox build)',
    cmd: ['tsx', 'scripts/lint-firefox.ts'],
    count: () => {
      const r = json('test-results/web-ext-lint.json');
      return `${r.summary.errors} errors, ${r.summary.warnings} warnings`;
    },
  },
  {
    name: 'End-to-end (Chromium)',
    cmd: ['playwright', 'test'],
    count: () => {
      const s = json('test-results/e2e.json').stats;
      return `${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`;
    },
  },
  {
    // The README's first command: the demo opens the reader on the sample works (headless here).
    name: 'Demo (headless, on the built extension)',
    cmd: ['tsx', 'scripts/demo.ts', '--no-build', '--screenshot', 'test-results/demo.png'],
  },
  {
    name: 'Corpus (../shared/fixtures)',
    cmd: ['tsx', 'scripts/corpus.ts', '../shared/fixtures', '--report', 'test-results/corpus.json'],
    when: () => existsSync('../shared/fixtures/MANIFEST.tsv'),
    count: () => {
      const r = json('test-results/corpus.json');
      return `stories ${r.storiesOk}/${r.stories}, not-stories ${r.notStoriesOk}/${r.notStories}, references ${r.referencesOk}/${r.references}, blocks on the page ${r.pageBlocksFound}/${r.pageBlocks}`;
    },
  },
  {
    name: 'Firefox smoke test',
    cmd: [
      'vitest',
      'run',
      '--config',
      'vitest.firefox.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/firefox.json',
    ],
    count: vitestCount('test-results/firefox.json'),
  },
];

function run(cmd: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: 'inherit', env: process.env });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const missing = missingBrowsers();
if (missing.length > 0) {
  for (const line of missing) console.error(`npm test: ${line}`);
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });

const results: { name: string; seconds: number; ok: boolean; count?: string }[] = [];
const started = Date.now();
let failed = false;
for (const step of steps) {
  if (step.when && !step.when()) continue;
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const code = await run(step.cmd);
  const result = {
    name: step.name,
    seconds: (Date.now() - t0) / 1000,
    ok: code === 0,
  } as (typeof results)[number];
  try {
    if (step.count) result.count = step.count();
  } catch {
    // A step that failed before writing its report has nothing to count.
  }
  results.push(result);
  if (code !== 0) {
    failed = true;
    break;
  }
}

console.log('\n━━ Summary');
for (const r of results) {
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(30)} ${r.seconds.toFixed(1).padStart(6)} s${r.count ? `  ${r.count}` : ''}`,
  );
}
console.log(
  `${failed ? 'FAILED' : 'All checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failed ? 1 : 0);
