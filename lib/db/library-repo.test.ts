import { describe, expect, it } from 'vitest';
import { makeHighlightInput, makePosition } from '../progress/testing/make';
import { UNDO_DELETE_MS } from '../progress/tombstone';
import { createHighlightsRepo } from './highlights-repo';
import { createLibraryRepo } from './library-repo';
import { createReadingRepo } from './reading-repo';
import { dump } from './testing/open-at-version';
import { freshDb, makeOpened, threeChapters } from './testing/setup';

const KEY = 'ao3:1851';

async function withReading() {
  const handle = freshDb('library-repo');
  const reading = createReadingRepo(handle);
  await reading.open(KEY, makeOpened(), threeChapters(), 1000);
  await reading.open('ao3:2', makeOpened({ workId: '2' }), [], 1100);
  const position = makePosition(1, 4, 0, { chapterId: 'ch2' });
  await reading.savePosition(KEY, { position, activeMs: 1000, words: 50 }, 2000);
  await reading.markChapter(KEY, { chapterId: 'ch1', chapterIndex: 0, read: true }, 2100);
  await createHighlightsRepo(handle).put(KEY, makeHighlightInput(), 2200);
  return { db: await handle, reading, library: createLibraryRepo(handle) };
}

describe('createLibraryRepo', () => {
  it('lists works with their progress, most recently opened first', async () => {
    const { library } = await withReading();
    const list = await library.list();
    expect(list.map((w) => w.work.key)).toEqual(['ao3:2', KEY]);
    expect(list[1]?.progress).toMatchObject({ chaptersRead: 1, furthest: { chapterIndex: 1 } });
    expect(await library.list(1)).toHaveLength(1);
  });

  it('sets status and tags with their own clocks, which later reading leaves alone', async () => {
    const { library, reading } = await withReading();
    await library.setStatus(KEY, 'dropped', 3000);
    await library.setTags(KEY, [' whales ', 'Whales', 'sea'], 3100);
    const position = makePosition(2, 1, 0, { chapterId: 'ch3' });
    await reading.savePosition(KEY, { position, activeMs: 1000, words: 10 }, 4000);
    await reading.markChapter(KEY, { chapterId: 'ch3', chapterIndex: 2, read: true }, 4100);
    await reading.open(KEY, makeOpened(), threeChapters(), 4200);
    const work = (await reading.state(KEY)).work;
    expect(work?.readingStatus).toEqual({ value: 'dropped', at: 3000 });
    expect(work?.tags).toEqual({ value: ['whales', 'sea'], at: 3100 });
  });

  it('refuses to set the status of a work it does not have', async () => {
    const { library } = await withReading();
    await expect(library.setStatus('ao3:404', 'finished', 1)).rejects.toThrow('no such work');
  });

  it('deletes a work’s data into its tombstone, and undo puts back exactly what was there', async () => {
    const { db, library } = await withReading();
    const before = await dump(db as never);
    const deleted = await library.deleteWork(KEY, 5000);
    expect(deleted).toEqual({ deletedAt: 5000, undoUntil: 5000 + UNDO_DELETE_MS });
    const during = await dump(db as never);
    expect(during.works).toHaveLength(1);
    for (const store of ['progress', 'chapters', 'highlights', 'activity']) {
      expect(during[store]).toEqual([]);
    }
    expect(await library.undoDelete(KEY, 6000)).toBe(true);
    expect(await dump(db as never)).toEqual(before);
  });

  it('merges an undo with reading done after the deletion', async () => {
    const { library, reading } = await withReading();
    await library.deleteWork(KEY, 5000);
    await reading.open(KEY, makeOpened(), [], 5100);
    expect(await library.undoDelete(KEY, 5200)).toBe(true);
    const { work, progress } = await reading.state(KEY);
    expect(work).toMatchObject({ firstOpenedAt: 1000, lastOpenedAt: 5100 });
    expect(progress?.furthest).toMatchObject({ chapterIndex: 1 });
  });

  it('cannot undo after a day; the bare tombstone stays', async () => {
    const { db, library } = await withReading();
    await library.deleteWork(KEY, 5000);
    await library.purgeExpired(5000 + UNDO_DELETE_MS + 1);
    expect(await db.get('tombstones', KEY)).toEqual({ key: KEY, deletedAt: 5000 });
    expect(await library.undoDelete(KEY, 5000 + UNDO_DELETE_MS + 2)).toBe(false);
  });

  it('clears all history, leaving a tombstone per work', async () => {
    const { db, library } = await withReading();
    expect(await library.clearAll(9000)).toBe(2);
    const after = await dump(db as never);
    expect(after.tombstones).toEqual([
      { key: 'ao3:1851', deletedAt: 9000 },
      { key: 'ao3:2', deletedAt: 9000 },
    ]);
    for (const store of ['works', 'progress', 'chapters', 'highlights', 'activity']) {
      expect(after[store]).toEqual([]);
    }
  });
});
