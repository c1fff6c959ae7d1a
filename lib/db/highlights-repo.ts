import {
  applyHighlightPut,
  applyHighlightRemoved,
  type ColorId,
  type HighlightInput,
} from '../progress/highlight';
import { nextStamp } from '../progress/stamped';
import type { FicDbHandle } from './open-db';
import { RefusedError } from './refused';
import type { StoredHighlight } from './schema';

/** Which highlights to list across works. */
export interface HighlightFilter {
  color?: ColorId;
  /** A work's key. */
  work?: string;
  limit?: number;
}

/** Creates the highlights repository; every write resolves after its transaction commits. */
export function createHighlightsRepo(dbHandle: FicDbHandle) {
  /** Reads the highlight `id` of work `key` in a write transaction, refusing another work's. */
  async function writable(key: string, id: string) {
    const db = await dbHandle;
    const tx = db.transaction(['works', 'highlights'], 'readwrite');
    const current = await tx.objectStore('highlights').get(id);
    // An id is the reader's to choose, so a page could name another work's highlight: refuse.
    if (current && current.work !== key) throw new RefusedError('the highlight is another work’s');
    const recorded = (await tx.objectStore('works').getKey(key)) !== undefined;
    return { tx, current, recorded };
  }

  return {
    /** Creates or changes a highlight (its colour, note or anchor). */
    async put(key: string, input: HighlightInput, now: number) {
      const { tx, current, recorded } = await writable(key, input.id);
      if (!recorded) return undefined;
      const { id, ...fields } = input;
      const next: StoredHighlight = {
        id,
        work: key,
        ...applyHighlightPut(current, fields, nextStamp(now, current?.updatedAt)),
      };
      await tx.objectStore('highlights').put(next);
      await tx.done;
      return next;
    },

    /** Removes a highlight (a tombstone) or, with `removed: false`, restores it (undo). */
    async setRemoved(key: string, id: string, removed: boolean, now: number) {
      const { tx, current, recorded } = await writable(key, id);
      if (!current) throw new RefusedError('no such highlight');
      if (!recorded) return undefined;
      const next = {
        ...current,
        ...applyHighlightRemoved(current, removed, nextStamp(now, current.updatedAt)),
      };
      await tx.objectStore('highlights').put(next);
      await tx.done;
      return next;
    },

    /** A work's highlights that are not removed. */
    async forWork(key: string) {
      const all = await (await dbHandle).getAllFromIndex('highlights', 'by-work', key);
      return all.filter((h) => !h.removed.value);
    },

    /** Highlights across works, most recently changed first. */
    async list(filter: HighlightFilter = {}) {
      const db = await dbHandle;
      const limit = filter.limit ?? Infinity;
      const found: StoredHighlight[] = [];
      let cursor = await db
        .transaction('highlights')
        .store.index('by-updated')
        .openCursor(null, 'prev');
      while (cursor && found.length < limit) {
        const h = cursor.value;
        const matches =
          !h.removed.value &&
          (filter.color === undefined || h.color.value === filter.color) &&
          (filter.work === undefined || h.work === filter.work);
        if (matches) found.push(h);
        cursor = await cursor.continue();
      }
      return found;
    },
  };
}

/** The highlights repository. */
export type HighlightsRepo = ReturnType<typeof createHighlightsRepo>;
