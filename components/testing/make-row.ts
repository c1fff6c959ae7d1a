import type { LibraryRow } from '@/lib/messaging/requests/library-rows';
import type { WorkSummary } from '@/lib/messaging/wire';

/** A library row for tests. */
export function makeRow(over: Partial<WorkSummary> = {}, marked = ''): LibraryRow {
  const work = {
    key: `ao3:${over.workId ?? '1'}`,
    site: 'ao3',
    workId: '1',
    title: 'Moby-Dick',
    authors: [{ name: 'Herman Melville' }],
    fandoms: ['Moby-Dick'],
    url: 'https://archiveofourown.org/works/1',
    siteStatus: 'complete',
    lastUrl: 'https://archiveofourown.org/works/1',
    openCount: 1,
    lastOpenedAt: 1000,
    status: 'reading',
    suggestFinished: false,
    tags: [],
    chapters: { read: 0, new: 0 },
    activeMs: 0,
    readThroughs: 1,
    ...over,
  } as WorkSummary;
  return { work, highlights: marked ? 1 : 0, notes: 0, marked };
}
