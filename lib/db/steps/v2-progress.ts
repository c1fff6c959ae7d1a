import type { StoredProgressV1, StoredWorkV1, StoredWorkV2 } from '../records';
import { parseChapterTotal } from '../../progress/work-state';
import type { UpgradeStep } from './upgrade-step';

/** A v1 work as v2 stores it: the same fields, the chapter total it stated, and a clock. */
export function workV1toV2(work: StoredWorkV1): StoredWorkV2 {
  const total = parseChapterTotal(work.chapterCount);
  return {
    ...work,
    ...(total !== undefined ? { chapterTotal: { value: total, at: work.lastOpenedAt } } : {}),
    updatedAt: work.lastOpenedAt,
  };
}

/**
 * The progress a v1 work starts with: v1 knew only when the work was opened, so the first
 * read-through began at the first open and the last read is the last open. No position is made
 * up (v1 never knew one).
 */
export function progressFromV1(work: StoredWorkV1): StoredProgressV1 {
  return {
    key: work.key,
    readThroughs: { value: [{ startedAt: work.firstOpenedAt }], at: work.firstOpenedAt },
    activeMs: 0,
    chaptersRead: 0,
    firstReadAt: work.firstOpenedAt,
    lastReadAt: work.lastOpenedAt,
    updatedAt: work.lastOpenedAt,
  };
}

/** v2 (issue 10): progress and chapters, and the reader's own fields on works. */
export const v2Progress: UpgradeStep = async (db, tx) => {
  db.createObjectStore('progress', { keyPath: 'key' });
  const chapters = db.createObjectStore('chapters', { keyPath: ['work', 'chapterId'] });
  chapters.createIndex('by-work', 'work');

  const progress = tx.objectStore('progress');
  let cursor = await tx.objectStore('works').openCursor();
  while (cursor) {
    const work = cursor.value as StoredWorkV1;
    await cursor.update(workV1toV2(work));
    await progress.put(progressFromV1(work));
    cursor = await cursor.continue();
  }
};
