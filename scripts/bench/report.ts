import type { TaskOwner } from './attribute';
import type { BenchCase } from './cases';
import type { pageAlone, withReader } from './runs';

/** One case's figures. */
export interface CaseResult {
  case: Pick<BenchCase, 'name' | 'kind'>;
  pageMB: number;
  page: Awaited<ReturnType<typeof pageAlone>>;
  reader: Awaited<ReturnType<typeof withReader>>;
  /** Long tasks after the first frame, by owner (one traced load). */
  owners?: { owner: TaskOwner; ms: number }[];
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function owners(r: CaseResult): string {
  if (!r.owners) return '';
  if (r.owners.length === 0) return 'none';
  const by = new Map<TaskOwner, number[]>();
  for (const t of r.owners) by.set(t.owner, [...(by.get(t.owner) ?? []), t.ms]);
  return [...by].map(([owner, ms]) => `${owner} ${ms.length}× (≤${Math.max(...ms)})`).join(', ');
}

/** The results as a Markdown table. */
export function table(results: CaseResult[]): string {
  const header = [
    'case',
    'MB',
    'words',
    'page FCP',
    'page DCL',
    'page timer starved',
    'Readability',
    'our extraction',
    'reader 1st frame',
    '…from script start',
    'DCL with reader',
    'whole work ready',
    'longest task after 1st frame',
    'long tasks after 1st frame, by owner (traced)',
    'timer starved after 1st frame',
    'heap added (MB)',
    'site frames shown',
    'Readability ÷ 1st frame',
  ];
  const rows = results.map((r) => [
    r.case.name,
    f(r.pageMB, 1),
    r.page.words.toLocaleString('en-US'),
    f(r.page.fcp),
    f(r.page.dcl),
    f(r.page.timerGap),
    f(r.page.readability),
    f(r.page.extract),
    f(r.reader.firstFrame),
    f(r.reader.firstFrameFromStart),
    f(r.reader.dcl),
    f(r.reader.ready),
    r.reader.longestAfterFirstFrame > 0 ? f(r.reader.longestAfterFirstFrame) : 'none > 50',
    owners(r),
    f(r.reader.timerGapAfterFirstFrame),
    f(r.reader.heapMB - r.page.heapMB, 1),
    f(r.reader.siteFrames),
    `${f(r.page.readability / r.reader.firstFrameFromStart, 1)}×`,
  ]);
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * The goals of issues 4 and 7, for the 500,000-word entire work and every one-chapter shape:
 * the first frame within a tenth of Readability's parse and before the page's own
 * DOMContentLoaded, and no long task of the reader's own after it (tasks of the page's parser
 * and of the browser are reported, not counted: the page has them alone, and longer).
 */
export function checks(results: CaseResult[]) {
  return results
    .filter((r) => r.case.kind === 'one chapter' || r.page.words >= 500_000)
    .map((r) => ({
      case: r.case.name,
      firstFrameWithinTenthOfReadability: r.reader.firstFrameFromStart <= r.page.readability / 10,
      firstFrameBeforePageDcl: r.reader.firstFrame <= r.page.dcl + 20,
      noReaderLongTaskAfterFirstFrame: r.owners
        ? !r.owners.some((t) => t.owner === 'reader')
        : r.reader.longTasksAfterFirstFrame === 0,
      noSiteFrameShown: r.reader.siteFrames === 0,
    }));
}
