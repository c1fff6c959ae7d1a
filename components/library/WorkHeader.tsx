import type { WorkSummary } from '@/lib/messaging/wire';
import {
  formatAgo,
  formatDuration,
  newChaptersLine,
  readThroughsLine,
  siteName,
  workProgress,
} from '../format';
import { ProgressBar } from '../ProgressBar';
import { StatusSelect } from './StatusSelect';
import { TagEditor } from './TagEditor';

/** Props of WorkHeader. */
export interface WorkHeaderProps {
  work: WorkSummary;
  now: number;
  onStatus: (status: WorkSummary['status']) => void;
  onTags: (tags: string[]) => void;
}

const SITE_STATUS = {
  complete: 'complete',
  'in-progress': 'in progress',
  unknown: undefined,
} as const;

/** The top of a work's page: what it is, how far the reader is, "Continue", status and tags. */
export function WorkHeader({ work, now, onStatus, onTags }: WorkHeaderProps) {
  const progress = workProgress(work);
  const { read, total } = work.chapters;
  const facts: [string, string | undefined][] = [
    ['Chapters read', total ? `${read} of ${total}` : String(read)],
    [
      'Furthest',
      work.furthest
        ? `Chapter ${work.furthest.chapterIndex + 1} (${Math.round(progress * 100)}%)`
        : undefined,
    ],
    ['Time spent', formatDuration(work.activeMs)],
    ['Read-throughs', readThroughsLine(work.readThroughs) ?? String(work.readThroughs)],
    ['First read', work.firstReadAt ? formatAgo(work.firstReadAt, now) : undefined],
    ['Last read', work.lastReadAt ? formatAgo(work.lastReadAt, now) : undefined],
  ];
  return (
    <header class="work-header">
      <p>
        <a href="#/">← Library</a>
      </p>
      <p class="eyebrow">{siteName(work.site)}</p>
      <h1 class="work-title">{work.title}</h1>
      <p class="byline">
        {[
          work.authors.map((a) => a.name).join(', '),
          work.fandoms.join(', '),
          SITE_STATUS[work.siteStatus],
          work.words ? `${work.words.toLocaleString('en-GB')} words` : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <ProgressBar value={progress} label={`${work.title}, how far read`} />
      {newChaptersLine(work) && <p class="badge">{newChaptersLine(work)}</p>}
      <div class="work-actions">
        <a class="btn primary" href={work.lastUrl} target="_blank" rel="noopener noreferrer">
          Continue reading
        </a>
        <a class="btn" href={work.url} target="_blank" rel="noopener noreferrer">
          The work on {siteName(work.site)}
        </a>
        <StatusSelect id="work-status" work={work} onChange={onStatus} />
      </div>
      <dl class="facts">
        {facts
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <TagEditor tags={work.tags} onSave={onTags} />
    </header>
  );
}
