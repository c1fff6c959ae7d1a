import type { WorkSnapshot } from '../messaging/fields';
import type { WorkRef } from '../sites/types';
import type { FicDbHandle } from './open-db';
import type { StoredWorkV1 } from './schema';
import { workKey } from './work-key';

export type { WorkSnapshot };

/** The library: works the reader has opened. */
export interface WorksRepo {
  /** Records that the work was opened now; resolves with the stored record once committed. */
  recordOpen(snapshot: WorkSnapshot, now?: number): Promise<StoredWorkV1>;
  get(ref: WorkRef): Promise<StoredWorkV1 | undefined>;
  /** Most recently opened first. */
  list(limit?: number): Promise<StoredWorkV1[]>;
  remove(ref: WorkRef): Promise<void>;
}

/** Creates the works repository over an open database. */
export function createWorksRepo(dbHandle: FicDbHandle): WorksRepo {
  return {
    async recordOpen(snapshot, now = Date.now()) {
      const db = await dbHandle;
      const tx = db.transaction('works', 'readwrite');
      const key = workKey(snapshot);
      const previous = await tx.store.get(key);
      const record: StoredWorkV1 = {
        key,
        site: snapshot.site,
        workId: snapshot.workId,
        title: snapshot.title,
        authors: snapshot.authors,
        fandoms: snapshot.fandoms,
        url: snapshot.url,
        status: snapshot.status,
        lastUrl: snapshot.pageUrl,
        firstOpenedAt: previous?.firstOpenedAt ?? now,
        lastOpenedAt: now,
        openCount: (previous?.openCount ?? 0) + 1,
        ...(snapshot.words !== undefined ? { words: snapshot.words } : {}),
        ...(snapshot.chapterCount !== undefined ? { chapterCount: snapshot.chapterCount } : {}),
        ...(snapshot.chapterId !== undefined ? { lastChapterId: snapshot.chapterId } : {}),
        ...(snapshot.chapterTitle !== undefined ? { lastChapterTitle: snapshot.chapterTitle } : {}),
      };
      await tx.store.put(record);
      // Acknowledge only once the transaction has committed.
      await tx.done;
      return record;
    },
    async get(ref) {
      return (await dbHandle).get('works', workKey(ref));
    },
    async list(limit = Infinity) {
      const db = await dbHandle;
      const works: StoredWorkV1[] = [];
      let cursor = await db
        .transaction('works')
        .store.index('by-last-opened')
        .openCursor(null, 'prev');
      while (cursor && works.length < limit) {
        works.push(cursor.value);
        cursor = await cursor.continue();
      }
      return works;
    },
    async remove(ref) {
      const db = await dbHandle;
      const tx = db.transaction('works', 'readwrite');
      await tx.store.delete(workKey(ref));
      await tx.done;
    },
  };
}
