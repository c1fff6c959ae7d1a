import { useMemo, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/send-request';
import type { WorkSummary } from '@/lib/messaging/wire';
import { formatCount } from '../format';
import {
  facets,
  filterEntries,
  sortEntries,
  type WorkEntry,
  type WorkFilter,
  type WorkSort,
} from './filter-works';
import { VirtualList } from './VirtualList';
import { WorkFilters } from './WorkFilters';
import { WORK_ROW_HEIGHT, WorkRow } from './WorkRow';

/** Props of WorksPage. */
export interface WorksPageProps {
  entries: WorkEntry[] | null;
  error?: string | undefined;
  /** Reloads works after this page changed them (the broadcast would too, a moment later). */
  reload: (keys: string[]) => Promise<void>;
  now: number;
}

const NO_FILTER: WorkFilter = { query: '', status: '', fandom: '', site: '' };

/** Every work, searchable as you type, filtered, sorted, in a virtualised list. */
export function WorksPage({ entries, error, reload, now }: WorksPageProps) {
  const [filter, setFilter] = useState(NO_FILTER);
  const [sort, setSort] = useState<WorkSort>('last-read');
  const [message, setMessage] = useState<string>();
  // Sorted once per change of the library or the order; a keystroke only filters.
  const sorted = useMemo(() => sortEntries(entries ?? [], sort), [entries, sort]);
  const shown = useMemo(() => filterEntries(sorted, filter), [sorted, filter]);
  const choices = useMemo(() => facets(entries ?? []), [entries]);
  const setStatus = async (work: WorkSummary, status: WorkSummary['status']) => {
    const reply = await sendRequest({
      type: 'library/set-status',
      site: work.site,
      workId: work.workId,
      status,
    });
    if (!reply.ok) return setMessage(reply.error);
    await reload([work.key]);
  };
  if (error) return <p role="alert">The library could not be read: {error}</p>;
  if (!entries) return null;
  if (entries.length === 0) {
    return (
      <section class="empty-state">
        <h2>Nothing here yet</h2>
        <p>
          Works you open in the reader appear here, with how far you read, your highlights and
          notes.
        </p>
      </section>
    );
  }
  const filtered = shown.length !== entries.length;
  return (
    <section aria-labelledby="works-title">
      <h2 id="works-title" class="visually-hidden">
        Works
      </h2>
      <WorkFilters
        filter={filter}
        sort={sort}
        fandoms={choices.fandoms}
        sites={choices.sites}
        onFilter={setFilter}
        onSort={setSort}
      />
      <p class="count" role="status" data-testid="work-count">
        {filtered
          ? `${formatCount(shown.length)} of ${formatCount(entries.length)} works`
          : `${formatCount(entries.length)} works`}
      </p>
      {message && <p role="alert">{message}</p>}
      <VirtualList
        items={shown}
        heightOf={() => WORK_ROW_HEIGHT}
        keyOf={(e) => e.row.work.key}
        label="Works"
        testId="work-list"
        render={(e) => <WorkRow row={e.row} now={now} onStatus={(w, s) => void setStatus(w, s)} />}
      />
    </section>
  );
}
