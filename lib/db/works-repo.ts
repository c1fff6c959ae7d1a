import { nextStamp } from '../progress/stamped';
import type { WorkRef } from '../sites/types';
import type { FicDbHandle } from './open-db';
import type { StoredWork } from './schema';
import { workAfterOpen, type OpenedWork } from './work-open';
import { workKey } from './work-key';

/** The library: works the reader has opened. */
export interface WorksRepo {
  /** Records that the work was opened now; resolves with the stored record once committed. */
  recordOpen(opened: OpenedWork, now?: number): Promise<StoredWork>;
  get(ref: WorkRef): Promise<StoredWork | undefined>;
  /** Most recently opened first. */
  list(limit?: number): Promise<StoredWork[]>;
}

/** Creates the works repository over an open database. */
export function createWorksRepo(dbHandle: FicDbHandle): WorksRepo {
  return {
    async recordOpen(opened, now = Date.now()) {
      const db = await dbHandle;
      const tx = db.transaction('works', 'readwrite');
      const previous = await tx.store.get(workKey(opened));
      const record = workAfterOpen(previous, opened, nextStamp(now, previous?.updatedAt));
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
      const works: StoredWork[] = [];
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
  };
}
