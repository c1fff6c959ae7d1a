import { isRead } from '../progress/chapter-state';
import { survivesTombstone } from '../progress/tombstone';
import { RECORD_KEY, STORE_NAMES, type StoreRecords } from './format';
import { MERGE } from './merge-records';
import { BackupRefusedError } from './refused';
import { sameRecord } from './same-record';

/** What the reader chose in the preview. */
export interface ImportOptions {
  /** Bring back works deleted here that the backup still holds (otherwise they stay deleted). */
  restoreDeleted: boolean;
}

/** Records a store gains and changes; `removed`: taken away by the backup's deletions. */
export interface StoreCounts {
  added: number;
  updated: number;
  removed: number;
}

/** What an import will change, before anything is written. */
export interface ImportPreview {
  counts: Record<keyof StoreRecords, StoreCounts>;
  /** Works in the backup that were deleted here after it was made (kept deleted unless asked). */
  deletedHere: number;
  /** Records of works that are neither in the backup nor here: left out. */
  orphans: number;
  /** True when the import changes nothing. */
  unchanged: boolean;
}

/** The preview and the writes that carry it out. */
export interface ImportPlan {
  preview: ImportPreview;
  puts: { [S in keyof StoreRecords]: StoreRecords[S] };
  /** Keys (as the stores take them) to delete, per store. */
  deletes: { [S in keyof StoreRecords]: IDBValidKey[] };
}

type AnyRecord = { updatedAt?: number; key?: string; work?: string };
const workOf = (r: AnyRecord) => (r.work ?? r.key) as string;
const idbKey = {
  works: (r: { key: string }) => r.key,
  progress: (r: { key: string }) => r.key,
  chapters: (r: { work: string; chapterId: string }) => [r.work, r.chapterId],
  highlights: (r: { id: string }) => r.id,
  activity: (r: { day: string; work: string }) => [r.day, r.work],
  tombstones: (r: { key: string }) => r.key,
} as Record<keyof StoreRecords, (r: never) => IDBValidKey>;
const PER_WORK = ['progress', 'chapters', 'highlights', 'activity'] as const;

/**
 * Merges a backup into the library, in memory: works and their records merged field by field
 * (lib/progress's rules), nothing duplicated, deletions respected both ways (a record older than
 * its work's deletion stays out; a work the backup deleted after it was last read here goes), a
 * highlight id of another work refused. Pure: the caller reads `local` and writes the plan in the
 * same transaction, or only shows the preview.
 */
export function planImport(
  local: StoreRecords,
  file: StoreRecords,
  options: ImportOptions,
): ImportPlan {
  const puts = Object.fromEntries(STORE_NAMES.map((s) => [s, []])) as unknown as ImportPlan['puts'];
  const deletes = Object.fromEntries(
    STORE_NAMES.map((s) => [s, []]),
  ) as unknown as ImportPlan['deletes'];
  const counts = Object.fromEntries(
    STORE_NAMES.map((s) => [s, { added: 0, updated: 0, removed: 0 }]),
  ) as ImportPreview['counts'];
  const locals = Object.fromEntries(
    STORE_NAMES.map((s) => {
      const keyOf = RECORD_KEY[s] as (r: unknown) => string;
      return [s, new Map((local[s] as AnyRecord[]).map((r) => [keyOf(r), r]))];
    }),
  ) as unknown as Record<keyof StoreRecords, ReadonlyMap<string, AnyRecord>>;
  const finals = Object.fromEntries(STORE_NAMES.map((s) => [s, new Map(locals[s])])) as Record<
    keyof StoreRecords,
    Map<string, AnyRecord>
  >;
  const localTombs = locals.tombstones as ReadonlyMap<string, { deletedAt: number }>;
  const fileTombs = new Map(file.tombstones.map((t) => [t.key, t]));
  const fileWorks = new Set(file.works.map((w) => w.key));
  let deletedHere = 0;
  let orphans = 0;

  /** Merges a record into the final store; counts and queues the write when it changed. */
  function take<S extends keyof StoreRecords>(store: S, record: StoreRecords[S][number]) {
    const key = (RECORD_KEY[store] as (r: unknown) => string)(record);
    const current = finals[store].get(key);
    const merge = MERGE[store] as (a: unknown, b: unknown) => AnyRecord;
    const merged = current ? merge(current, record) : (record as AnyRecord);
    if (current && sameRecord(merged, current)) return;
    // A deleted highlight new to this library is bookkeeping (so the deletion holds), not news.
    if (current || !isRemoved(merged)) {
      counts[store][!current ? 'added' : removes(current, merged) ? 'removed' : 'updated']++;
    }
    finals[store].set(key, merged);
    (puts[store] as unknown[]).push(merged);
  }

  for (const t of file.tombstones) take('tombstones', t);
  /** When the work was deleted, as far as this import goes. */
  const deletedAt = (key: string) =>
    options.restoreDeleted && fileWorks.has(key)
      ? fileTombs.get(key)?.deletedAt
      : (finals.tombstones.get(key) as { deletedAt: number } | undefined)?.deletedAt;

  for (const w of file.works) {
    const here = localTombs.get(w.key)?.deletedAt;
    if (!survivesTombstone(w.updatedAt, here)) deletedHere++;
    if (!survivesTombstone(w.updatedAt, deletedAt(w.key))) continue;
    take('works', w);
    // Brought back on request: the deletion here no longer stands.
    if (options.restoreDeleted && !survivesTombstone(w.updatedAt, here)) {
      const own = fileTombs.get(w.key);
      finals.tombstones.delete(w.key);
      puts.tombstones = puts.tombstones.filter((t) => t.key !== w.key);
      if (own) puts.tombstones.push(own);
      else deletes.tombstones.push(w.key);
    }
  }

  // Works here that the backup deleted after they were last read here: every record goes.
  const gone = new Set<string>();
  for (const [key, work] of finals.works) {
    const t = fileTombs.get(key);
    if (!t || survivesTombstone(work.updatedAt ?? 0, t.deletedAt)) continue;
    gone.add(key);
    if (locals.works.has(key)) counts.works.removed++;
  }
  for (const store of ['works', ...PER_WORK] as const) {
    for (const [key, r] of finals[store]) {
      if (!gone.has(workOf(r))) continue;
      finals[store].delete(key);
      if (locals[store].has(key)) deletes[store].push(idbKey[store](r as never));
    }
    puts[store] = (puts[store] as AnyRecord[]).filter((r) => !gone.has(workOf(r))) as never;
  }

  for (const store of PER_WORK) {
    for (const r of file[store] as AnyRecord[]) {
      const work = workOf(r);
      if (!finals.works.has(work)) {
        if (!fileWorks.has(work) && !fileTombs.has(work) && !localTombs.has(work)) orphans++;
        continue;
      }
      // A record older than its work's deletion stays deleted; metadata only (never read,
      // updatedAt 0) carries no reading and comes with its live work.
      const stamp = r.updatedAt ?? 0;
      if (stamp !== 0 && !survivesTombstone(stamp, deletedAt(work))) continue;
      if (store === 'highlights') refuseForeignHighlight(finals.highlights, r);
      take(store, r as never);
    }
  }

  recountChaptersRead(puts, finals, counts);
  const unchanged = STORE_NAMES.every((s) => puts[s].length === 0 && deletes[s].length === 0);
  return { preview: { counts, deletedHere, orphans, unchanged }, puts, deletes };
}

/** True for a highlight's tombstone. */
const isRemoved = (r: AnyRecord) => (r as { removed?: { value: boolean } }).removed?.value === true;

/** True when a merge turns a live highlight into a removed one (deleted in the backup). */
function removes(current: AnyRecord, merged: AnyRecord): boolean {
  return !isRemoved(current) && isRemoved(merged);
}

/** A highlight id the backup gives another work than this library does: refused. */
function refuseForeignHighlight(
  highlights: Map<string, AnyRecord>,
  r: AnyRecord & { id?: string },
) {
  const here = highlights.get(r.id ?? '');
  if (here && here.work !== r.work) {
    throw new BackupRefusedError(
      `The backup gives highlight "${r.id}" to ${r.work}, but here it belongs to ${here.work}; nothing was imported.`,
    );
  }
}

/** Keeps each touched work's `chaptersRead` the number of its read marks after the merge. */
function recountChaptersRead(
  puts: ImportPlan['puts'],
  finals: Record<keyof StoreRecords, Map<string, AnyRecord>>,
  counts: ImportPreview['counts'],
) {
  const touched = new Set(puts.chapters.map((c) => c.work));
  if (touched.size === 0) return;
  const queuedAt = new Map(puts.progress.map((p, i) => [p.key, i]));
  const read = new Map<string, number>();
  for (const c of finals.chapters.values()) {
    const work = c.work ?? '';
    if (touched.has(work) && isRead(c as never)) read.set(work, (read.get(work) ?? 0) + 1);
  }
  for (const key of touched) {
    const progress = finals.progress.get(key) as { chaptersRead: number } | undefined;
    const n = read.get(key) ?? 0;
    if (!progress || progress.chaptersRead === n) continue;
    const next = { ...progress, chaptersRead: n };
    const queued = queuedAt.get(key);
    if (queued !== undefined) puts.progress[queued] = next as never;
    else {
      puts.progress.push(next as never);
      counts.progress.updated++;
    }
    finals.progress.set(key, next as never);
  }
}
