import type { WorkSummary } from '@/lib/messaging/wire';
import type { RecentListMode } from '@/lib/settings/values';
import { chapterLine, formatAgo, newChaptersLine, siteName, workProgress } from '../format';
import { ProgressBar } from '../ProgressBar';

/** Props of RecentList. */
export interface RecentListProps {
  works: WorkSummary[];
  mode: RecentListMode;
  now: number;
  /** Opens the work's saved chapter (the reader lands on the saved line by itself). */
  onContinue: (work: WorkSummary) => void;
  /** Deletes the work's data (with undo). */
  onRemove: (work: WorkSummary) => void;
}

/** The most recently read works, each with its progress, "Continue" and "Remove". */
export function RecentList({ works, mode, now, onContinue, onRemove }: RecentListProps) {
  if (mode === 'off') {
    return (
      <section class="recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Recently read</h2>
        <p class="muted">The list is turned off (Privacy, below).</p>
      </section>
    );
  }
  return (
    <section class={`recent ${mode === 'blur' ? 'blurred' : ''}`} aria-labelledby="recent-title">
      <h2 id="recent-title">Recently read</h2>
      {works.length === 0 ? (
        <p class="muted">Works you open in the reader appear here.</p>
      ) : (
        <ul class="recent-list" data-testid="recent-list">
          {works.map((work) => (
            <li key={work.key} data-testid="work-item">
              <div class="recent-text">
                <a
                  class="recent-title"
                  href={work.lastUrl}
                  onClick={(e) => (e.preventDefault(), onContinue(work))}
                  tabIndex={-1}
                >
                  {work.title}
                </a>
                <span class="meta">
                  {[
                    chapterLine(work),
                    formatAgo(work.lastReadAt ?? work.lastOpenedAt, now),
                    siteName(work.site),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {newChaptersLine(work) && <span class="badge">{newChaptersLine(work)}</span>}
                <ProgressBar value={workProgress(work)} label={`${work.title}, how far read`} />
              </div>
              <div class="recent-actions">
                <button
                  type="button"
                  class="btn small"
                  onClick={() => onContinue(work)}
                  aria-label={`Continue ${work.title}`}
                >
                  Continue
                </button>
                <button
                  type="button"
                  class="btn quiet small"
                  onClick={() => onRemove(work)}
                  aria-label={`Remove ${work.title} from your history`}
                  title="Remove from history"
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
