import { mergeActivity } from '../progress/activity';
import { mergeChapter } from '../progress/chapter-state';
import { mergeHighlight } from '../progress/highlight';
import { mergeProgress } from '../progress/progress-state';
import { nextStamp } from '../progress/stamped';
import { UNDO_DELETE_MS } from '../progress/tombstone';
import { mergeWork, normalizeTags, type ReadingStatus } from '../progress/work-state';
import { createLibraryQueries } from './library-queries';
import type { FicDbHandle } from './open-db';
import type { WorkRecords } from './records';
import { RefusedError } from './refused';
import { ALL_STORES, type StoredProgress, type StoredWork } from './schema';

/** A work with its progress, for the library's lists. */
export interface WorkWithProgress {
  work: StoredWork;
  progress?: StoredProgress;
}

/** Merges record lists by key: a record on both sides is merged, the others kept. */
function unite<T>(a: T[], b: T[], keyOf: (r: T) => string, merge: (x: T, y: T) => T): T[] {
  const byKey = new Map(a.map((r) => [keyOf(r), r]));
  for (const r of b) {
    const other = byKey.get(keyOf(r));
    byKey.set(keyOf(r), other ? merge(other, r) : r);
  }
  return [...byKey.values()];
}

/** Creates the library's repository (extension pages only); writes resolve after commit. */
export function createLibraryRepo(dbHandle: FicDbHandle) {
  /** Changes one of the reader's own fields of a work. */
  async function updateWork(
    key: string,
    now: number,
    change: (w: StoredWork, at: number) => StoredWork,
  ) {
    const db = await dbHandle;
    const tx = db.transaction('works', 'readwrite');
    const work = await tx.store.get(key);
    if (!work) throw new RefusedError('no such work');
    const next = change(work, nextStamp(now, work.updatedAt));
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  return {
    ...createLibraryQueries(dbHandle),

    /** Works with their progress, most recently opened first. */
    async list(limit = Infinity): Promise<WorkWithProgress[]> {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'progress']);
      const progress = new Map((await tx.objectStore('progress').getAll()).map((p) => [p.key, p]));
      const out: WorkWithProgress[] = [];
      let cursor = await tx.objectStore('works').index('by-last-opened').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push({ work: cursor.value, progress: progress.get(cursor.value.key) });
        cursor = await cursor.continue();
      }
      return out;
    },

    /** The reader's status for a work (null clears it: the library shows the derived one). */
    setStatus(key: string, status: ReadingStatus | null, now: number) {
      return updateWork(key, now, (w, at) => ({
        ...w,
        readingStatus: { value: status, at },
        updatedAt: at,
      }));
    },

    /** The reader's tags on a work. */
    setTags(key: string, tags: string[], now: number) {
      return updateWork(key, now, (w, at) => ({
        ...w,
        tags: { value: normalizeTags(tags), at },
        updatedAt: at,
      }));
    },

    /**
     * Deletes a work's data: every record moves into its tombstone (undo is possible for a day),
     * in one transaction. Resolves with the tombstone's dates, or undefined for an unknown work.
     */
    async deleteWork(key: string, now: number) {
      const db = await dbHandle;
      const tx = db.transaction(ALL_STORES, 'readwrite');
      const work = await tx.objectStore('works').get(key);
      if (!work) return undefined;
      const byWork = IDBKeyRange.only(key);
      const records: WorkRecords = {
        work,
        progress: await tx.objectStore('progress').get(key),
        chapters: await tx.objectStore('chapters').index('by-work').getAll(byWork),
        highlights: await tx.objectStore('highlights').index('by-work').getAll(byWork),
        activity: await tx.objectStore('activity').index('by-work').getAll(byWork),
      };
      if (!records.progress) delete records.progress;
      const deletedAt = nextStamp(now, work.updatedAt);
      const undoUntil = deletedAt + UNDO_DELETE_MS;
      await tx.objectStore('works').delete(key);
      await tx.objectStore('progress').delete(key);
      for (const c of records.chapters) await tx.objectStore('chapters').delete([key, c.chapterId]);
      for (const h of records.highlights) await tx.objectStore('highlights').delete(h.id);
      for (const a of records.activity) await tx.objectStore('activity').delete([a.day, key]);
      await tx.objectStore('tombstones').put({ key, deletedAt, undo: records, undoUntil });
      await tx.done;
      return { deletedAt, undoUntil };
    },

    /**
     * Undoes a deletion while it can be undone: the records come back, merged with anything
     * written since (the reader may have opened the work again meanwhile). True when restored.
     */
    async undoDelete(key: string, now: number): Promise<boolean> {
      const db = await dbHandle;
      const tx = db.transaction(ALL_STORES, 'readwrite');
      const tomb = await tx.objectStore('tombstones').get(key);
      if (!tomb?.undo || (tomb.undoUntil ?? 0) < now) return false;
      const { work, progress, chapters, highlights, activity } = tomb.undo;
      const stores = {
        works: tx.objectStore('works'),
        progress: tx.objectStore('progress'),
        chapters: tx.objectStore('chapters'),
        highlights: tx.objectStore('highlights'),
        activity: tx.objectStore('activity'),
      };
      const nowWork = await stores.works.get(key);
      await stores.works.put(nowWork ? mergeWork(work, nowWork) : work);
      const nowProgress = await stores.progress.get(key);
      if (progress)
        await stores.progress.put(nowProgress ? mergeProgress(progress, nowProgress) : progress);
      const byWork = IDBKeyRange.only(key);
      const merged = {
        chapters: unite(
          chapters,
          await stores.chapters.index('by-work').getAll(byWork),
          (c) => c.chapterId,
          mergeChapter,
        ),
        highlights: unite(
          highlights,
          await stores.highlights.index('by-work').getAll(byWork),
          (h) => h.id,
          mergeHighlight,
        ),
        activity: unite(
          activity,
          await stores.activity.index('by-work').getAll(byWork),
          (a) => a.day,
          mergeActivity,
        ),
      };
      for (const c of merged.chapters) await stores.chapters.put(c);
      for (const h of merged.highlights) await stores.highlights.put(h);
      for (const a of merged.activity) await stores.activity.put(a);
      await tx.objectStore('tombstones').delete(key);
      await tx.done;
      return true;
    },

    /**
     * Clears all reading history: every work, its progress, chapters, highlights and activity.
     * Each work leaves a bare tombstone, so an older backup cannot bring it back unasked.
     */
    async clearAll(now: number): Promise<number> {
      const db = await dbHandle;
      const tx = db.transaction(ALL_STORES, 'readwrite');
      const keys = new Set<string>([
        ...(await tx.objectStore('works').getAllKeys()),
        ...(await tx.objectStore('tombstones').getAllKeys()),
      ]);
      const deletedAt = Math.floor(now);
      for (const name of ALL_STORES) await tx.objectStore(name).clear();
      for (const key of keys) await tx.objectStore('tombstones').put({ key, deletedAt });
      await tx.done;
      return keys.size;
    },

    /** Drops the undo data of deletions past their undo time, keeping the bare tombstones. */
    async purgeExpired(now: number): Promise<void> {
      const db = await dbHandle;
      const tx = db.transaction('tombstones', 'readwrite');
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const { key, deletedAt, undoUntil } = cursor.value;
        if (undoUntil !== undefined && undoUntil < now) await cursor.update({ key, deletedAt });
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}

/** The library's repository. */
export type LibraryRepo = ReturnType<typeof createLibraryRepo>;
