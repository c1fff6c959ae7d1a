import type { FicDbHandle } from './open-db';
import type { StoredChapter, StoredHighlight, StoredProgress, StoredWork } from './schema';

/** A work with what the library page lists and searches it by. */
export interface LibraryRecord {
  work: StoredWork;
  progress?: StoredProgress;
  /** The work's highlights that are not removed (their text and notes are searched). */
  highlights: StoredHighlight[];
}

/** A work and its progress, as the popup lists it. */
export interface RecentWork {
  work: StoredWork;
  progress?: StoredProgress;
}

/** A page of the library, most recently opened first. */
export interface LibraryPage {
  records: LibraryRecord[];
  /** Every work in the library. */
  total: number;
}

/**
 * Queries behind the library page and the popup (reads only). Pages are read in one transaction
 * each, with every request issued at once, so 10,000 works load in a few dozen small answers
 * rather than one that stalls the page that parses it.
 */
export function createLibraryQueries(dbHandle: FicDbHandle) {
  async function records(keys: string[]): Promise<LibraryRecord[]> {
    const db = await dbHandle;
    const tx = db.transaction(['works', 'progress', 'highlights']);
    const found = await Promise.all(
      keys.map(async (key) => {
        const [work, progress, highlights] = await Promise.all([
          tx.objectStore('works').get(key),
          tx.objectStore('progress').get(key),
          tx.objectStore('highlights').index('by-work').getAll(key),
        ]);
        if (!work) return undefined;
        const live = highlights.filter((h) => !h.removed.value);
        return { work, ...(progress ? { progress } : {}), highlights: live };
      }),
    );
    return found.filter((r): r is LibraryRecord => r !== undefined);
  }

  return {
    /**
     * The `limit` most recently opened works with their progress: no highlights and no count,
     * so the popup's answer costs a few small reads whatever the library's size (counting
     * 10,000 works alone takes 7-20 ms).
     */
    async recent(limit: number): Promise<RecentWork[]> {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'progress']);
      const keys: string[] = [];
      let cursor = await tx
        .objectStore('works')
        .index('by-last-opened')
        .openKeyCursor(null, 'prev');
      while (cursor && keys.length < limit) {
        keys.push(cursor.primaryKey);
        cursor = await cursor.continue();
      }
      const found = await Promise.all(
        keys.map(async (key) => {
          const [work, progress] = await Promise.all([
            tx.objectStore('works').get(key),
            tx.objectStore('progress').get(key),
          ]);
          return work && { work, ...(progress ? { progress } : {}) };
        }),
      );
      return found.filter((r): r is RecentWork => r !== undefined);
    },

    /** One chapter's record of a work (its number and title), or undefined. */
    async chapter(key: string, chapterId: string): Promise<StoredChapter | undefined> {
      const db = await dbHandle;
      return db.get('chapters', [key, chapterId]);
    },

    /** Works `offset .. offset + limit` by last opened, newest first, with the total. */
    async libraryPage(offset: number, limit: number): Promise<LibraryPage> {
      const db = await dbHandle;
      const tx = db.transaction('works');
      const index = tx.store.index('by-last-opened');
      const total = await tx.store.count();
      const keys: string[] = [];
      let cursor = await index.openKeyCursor(null, 'prev');
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && keys.length < limit) {
        keys.push(cursor.primaryKey);
        cursor = await cursor.continue();
      }
      return { records: await records(keys), total };
    },

    /** The given works (those that exist), for live updates of a page already loaded. */
    libraryRecords: records,

    /** Every work that has highlights, by key (in key order), `offset .. offset + limit`. */
    async worksWithHighlights(offset: number, limit: number): Promise<string[]> {
      const db = await dbHandle;
      const index = db.transaction('highlights').store.index('by-work');
      const keys: string[] = [];
      let cursor = await index.openKeyCursor(null, 'nextunique');
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      while (cursor && keys.length < limit) {
        keys.push(cursor.key);
        cursor = await cursor.continue();
      }
      return keys;
    },

    /** Every day's reading and every work's read-throughs, for "your reading, in numbers". */
    async readingHistory() {
      const db = await dbHandle;
      const tx = db.transaction(['activity', 'progress']);
      const [activity, progress] = await Promise.all([
        tx.objectStore('activity').getAll(),
        tx.objectStore('progress').getAll(),
      ]);
      return { activity, readThroughs: progress.map((p) => p.readThroughs.value) };
    },
  };
}

/** The library's read-only queries. */
export type LibraryQueries = ReturnType<typeof createLibraryQueries>;
