import type { HighlightOutcome } from './run-baselines';

/**
 * The edit-baseline outcome tables, as Markdown: per case, how many highlights landed on the
 * right text, became orphans, or landed on wrong text (which must stay 0); then every highlight
 * with the selector that placed it (or the orphan's reason).
 */
export function outcomeTable(outcomes: readonly HighlightOutcome[]): string {
  const cases = [...new Set(outcomes.map((o) => o.case))];
  const rows = cases.map((name) => {
    const of = outcomes.filter((o) => o.case === name);
    const count = (outcome: string) => of.filter((o) => o.outcome === outcome).length;
    const expectedOrphans = of.filter((o) => o.expected === 'orphan').length;
    const orphans = `${count('orphan')} (${expectedOrphans} expected)`;
    const shape = of[0]?.shape ?? '';
    return `| ${name} | ${shape} | ${of.length} | ${count('right')} | ${orphans} | ${count('wrong')} |`;
  });
  const total = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length;
  const details = outcomes.map(
    (o) => `| ${o.case} | ${o.label} | ${o.chapterId} | ${o.expected} | ${o.outcome} | ${o.via} |`,
  );
  return [
    '| case | chapter shape | highlights x chapters | right | orphan | wrong |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **all** | | ${outcomes.length} | ${total('right')} | ${total('orphan')} | ${total('wrong')} |`,
    '',
    '| case | highlight | chapter | expected | outcome | via |',
    '| --- | --- | --- | --- | --- | --- |',
    ...details,
  ].join('\n');
}

/** A Markdown table with its cell padding (Prettier's alignment) removed, for comparing. */
export function normalizeTable(markdown: string): string {
  return markdown
    .trim()
    .split('\n')
    .map((row) =>
      row
        .split('|')
        .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, '$1-$2'))
        .join('|'),
    )
    .join('\n');
}
