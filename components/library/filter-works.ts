import type { LibraryRow } from '@/lib/messaging/requests/library-rows';
import type { WorkSummary } from '@/lib/messaging/wire';
import { workProgress } from '../format';

/** A row with what search and sorting need, computed once when the row arrives. */
export interface WorkEntry {
  row: LibraryRow;
  /** Title, authors, fandoms, tags, highlights and notes, folded for search. */
  haystack: string;
  progress: number;
  lastRead: number;
}

/** What the reader narrowed the list to. */
export interface WorkFilter {
  query: string;
  status: WorkSummary['status'] | '';
  fandom: string;
  site: string;
}

/** The orders the list can take. */
export const WORK_SORTS = {
  'last-read': 'Last read',
  title: 'Title',
  progress: 'Progress',
  words: 'Words',
} as const;
export type WorkSort = keyof typeof WORK_SORTS;

/** Text as search compares it: lower case, accents dropped ("Pokémon" finds "pokemon"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The entry of a row. */
export function toEntry(row: LibraryRow): WorkEntry {
  const w = row.work;
  const text = [w.title, ...w.authors.map((a) => a.name), ...w.fandoms, ...w.tags, row.marked];
  return {
    row,
    haystack: fold(text.join('\n')),
    progress: workProgress(w),
    lastRead: Math.max(w.lastReadAt ?? 0, w.lastOpenedAt),
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ORDER: Record<WorkSort, (a: WorkEntry, b: WorkEntry) => number> = {
  'last-read': (a, b) => b.lastRead - a.lastRead,
  title: (a, b) => collator.compare(a.row.work.title, b.row.work.title),
  progress: (a, b) => b.progress - a.progress || b.lastRead - a.lastRead,
  words: (a, b) => (b.row.work.words ?? -1) - (a.row.work.words ?? -1),
};

/** The entries in an order (a new array); sorted once, then every keystroke only filters. */
export function sortEntries(entries: readonly WorkEntry[], sort: WorkSort): WorkEntry[] {
  return [...entries].sort(ORDER[sort]);
}

/** The entries that match every word of the query and every filter, in the order given. */
export function filterEntries(entries: readonly WorkEntry[], filter: WorkFilter): WorkEntry[] {
  const terms = fold(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter(({ row: { work }, haystack }) => {
    if (filter.status && work.status !== filter.status) return false;
    if (filter.site && work.site !== filter.site) return false;
    if (filter.fandom && !work.fandoms.includes(filter.fandom)) return false;
    for (const term of terms) if (!haystack.includes(term)) return false;
    return true;
  });
}

/** The fandoms and sites in the library, most works first: the filters' choices. */
export function facets(entries: readonly WorkEntry[]) {
  const count = (values: Iterable<string>, into: Map<string, number>) => {
    for (const v of values) into.set(v, (into.get(v) ?? 0) + 1);
  };
  const fandoms = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const { row } of entries) {
    count(row.work.fandoms, fandoms);
    count([row.work.site], sites);
  }
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  return { fandoms: ranked(fandoms), sites: ranked(sites) };
}
