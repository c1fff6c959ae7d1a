import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINES } from './index';
import { normalizeTable, outcomeTable } from './outcome-table';
import { runBaseline, type HighlightOutcome } from './run-baselines';

const README = join(__dirname, 'README.md');
const START = '<!-- outcome-table:start -->';
const END = '<!-- outcome-table:end -->';

const outcomes: HighlightOutcome[] = BASELINES.flatMap(runBaseline);

describe('edit baselines', () => {
  it.each(outcomes.map((o) => [`${o.case} / ${o.label} / in ${o.chapterId}`, o] as const))(
    '%s',
    (_name, o) => {
      expect(o.outcome, `drawn: ${o.drawn} (via ${o.via})`).not.toBe('wrong');
      expect(o.outcome, `via ${o.via}`).toBe(o.expected);
    },
  );

  it('never lands a highlight on wrong text', () => {
    expect(outcomes.filter((o) => o.outcome === 'wrong')).toEqual([]);
  });

  it('has its outcome table in README.md (UPDATE_BASELINES=1 rewrites it)', () => {
    const table = outcomeTable(outcomes);
    console.log(`\n${table.split('\n\n')[0]}\n`);
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START) + START.length;
    const to = readme.indexOf(END);
    if (process.env.UPDATE_BASELINES) {
      writeFileSync(README, `${readme.slice(0, from)}\n${table}\n${readme.slice(to)}`);
      return;
    }
    const current = readme.slice(from, to);
    expect(normalizeTable(current)).toBe(normalizeTable(table));
  });
});
