import type { LibraryRow } from '@/lib/messaging/requests/library-rows';
import type { WorkSummary } from '@/lib/messaging/wire';
import {
  chapterLine,
  formatAgo,
  formatDuration,
  newChaptersLine,
  readThroughsLine,
  siteName,
  workProgress,
} from '../format';
import { ProgressBar } from '../ProgressBar';
import { routeHash } from './use-route';
import { StatusSelect } from './StatusSelect';

/** Props of WorkRow. */
export interface WorkRowProps {
  row: LibraryRow;
  now: number;
  onStatus: (work: WorkSummary, status: WorkSummary['status']) => void;
}

/** The rows' height, fixed for the virtual list (the CSS keeps each row to it). */
export const WORK_ROW_HEIGHT = 132;

/** One work in the library: what it is, how far, how long, its status and the reader's tags. */
export function WorkRow({ row, now, onStatus }: WorkRowProps) {
  const { work } = row;
  const progress = workProgress(work);
  const { read, total } = work.chapters;
  const facts = [
    total ? `${read}/${total} chapters read` : read > 0 ? `${read} chapters read` : undefined,
    work.status !== 'finished' && chapterLine(work)
      ? `at ${chapterLine(work)?.toLowerCase()}`
      : undefined,
    `${Math.round(progress * 100)}%`,
    work.lastReadAt
      ? `last read ${formatAgo(work.lastReadAt, now)}`
      : `opened ${formatAgo(work.lastOpenedAt, now)}`,
    work.activeMs > 0 ? formatDuration(work.activeMs) : undefined,
    readThroughsLine(work.readThroughs),
    work.words ? `${work.words.toLocaleString('en-GB')} words` : undefined,
  ];
  return (
    <article class="work-row" data-testid="work-row" data-key={work.key}>
      <div class="work-main">
        <h2 class="work-title">
          <a href={routeHash({ page: 'work', key: work.key })}>{work.title}</a>
        </h2>
        <p class="byline">
          {work.authors.map((a) => a.name).join(', ') || 'Anonymous'}
          <span class="sep"> · </span>
          {work.fandoms.slice(0, 2).join(', ')}
          {work.fandoms.length > 2 ? ` +${work.fandoms.length - 2}` : ''}
          <span class="sep"> · </span>
          {siteName(work.site)}
        </p>
        <ProgressBar value={progress} label={`${work.title}, how far read`} />
        <p class="meta">{facts.filter(Boolean).join(' · ')}</p>
        <p class="chips">
          {newChaptersLine(work) && <span class="badge">{newChaptersLine(work)}</span>}
          {work.tags.map((t) => (
            <span key={t} class="tag">
              {t}
            </span>
          ))}
          {row.highlights > 0 && (
            <span class="tag quiet">
              {row.highlights} highlight{row.highlights === 1 ? '' : 's'}
            </span>
          )}
        </p>
      </div>
      <div class="work-side">
        <StatusSelect id={`status-${work.key}`} work={work} onChange={(s) => onStatus(work, s)} />
        <a
          class="btn small"
          href={work.lastUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Continue ${work.title}`}
        >
          Continue
        </a>
      </div>
    </article>
  );
}
