import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * AMO's own linter on the Firefox build. Prints every message, saves the report for the test
 * summary, and fails on any error (warnings are listed, not fatal).
 */
const out = spawnSync(
  'web-ext',
  ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'],
  {
    encoding: 'utf8',
  },
);
const report = JSON.parse(out.stdout) as {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
writeFileSync('test-results/web-ext-lint.json', JSON.stringify(report, null, 2));
for (const kind of ['errors', 'warnings'] as const) {
  for (const m of report[kind])
    console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}: ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors > 0 ? 1 : 0);
