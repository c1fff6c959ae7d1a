import { createHighlightsRepo } from '../../db/highlights-repo';
import { createLibraryRepo } from '../../db/library-repo';
import type { FicDbHandle } from '../../db/open-db';
import { createReadingRepo } from '../../db/reading-repo';
import { ALL_STORES } from '../../db/schema';
import { dump } from '../../db/testing/open-at-version';
import { freshDb, makeOpened, threeChapters } from '../../db/testing/setup';
import { makeHighlightInput, makePosition } from '../../progress/testing/make';

/** Stamps the seeded library is written at (the background's clock in these tests). */
export const T = 1_700_000_000_000;
export const MOBY = 'ao3:1851';
export const SHORT = 'ffnet:77';

/**
 * A library as the reading port writes it: Moby-Dick read into chapter 2 with a chapter read, two
 * highlights (one with a note, one removed), a status and tags; a one-shot; a work deleted past
 * its undo (a bare tombstone) and one deleted a moment ago (its undo data in the tombstone).
 */
export async function seedLibrary(handle: FicDbHandle = freshDb('backup')) {
  const reading = createReadingRepo(handle);
  const highlights = createHighlightsRepo(handle);
  const library = createLibraryRepo(handle);
  await reading.open(MOBY, makeOpened(), threeChapters(), T);
  const position = makePosition(1, 4, 10, { chapterId: 'ch2', workFraction: 0.4 });
  await reading.savePosition(MOBY, { position, activeMs: 90_000, words: 400 }, T + 1000);
  await reading.markChapter(MOBY, { chapterId: 'ch1', chapterIndex: 0, read: true }, T + 2000);
  await highlights.put(MOBY, makeHighlightInput({ id: 'h1', note: 'the <b>whale</b>' }), T + 3000);
  await highlights.put(MOBY, makeHighlightInput({ id: 'h2', color: 'c3' }), T + 3100);
  await highlights.setRemoved(MOBY, 'h2', true, T + 3200);
  await library.setStatus(MOBY, 'on-hold', T + 4000);
  await library.setTags(MOBY, ['sea', 'comfort read'], T + 4100);
  const short = makeOpened({
    site: 'ffnet',
    workId: '77',
    title: 'A one-shot',
    url: 'https://www.fanfiction.net/s/77/1/',
    pageUrl: 'https://www.fanfiction.net/s/77/1/',
    chapterCount: undefined,
    chapterId: '1',
  });
  await reading.open(SHORT, short, [{ id: '1', index: 0, words: 900 }], T + 5000);
  for (const id of ['5', '6']) {
    const key = `ao3:${id}`;
    await reading.open(key, makeOpened({ workId: id, title: `Deleted ${id}` }), [], T + 6000);
    await library.deleteWork(key, T + 7000);
  }
  await library.purgeExpired(T + 7000 + 1); // nothing expires yet
  const db = await handle;
  // ao3:5's undo expired; ao3:6 can still be undone.
  const tomb = await db.get('tombstones', 'ao3:5');
  await db.put('tombstones', { key: 'ao3:5', deletedAt: tomb?.deletedAt ?? 0 });
  return { handle, db, reading, highlights, library };
}

/** Empties every store: a wiped profile (Chrome's "repair", a new machine). */
export async function wipe(handle: FicDbHandle) {
  const db = await handle;
  const tx = db.transaction(ALL_STORES, 'readwrite');
  for (const store of ALL_STORES) await tx.objectStore(store).clear();
  await tx.done;
}

/** Every record of every store, to compare a database before and after. */
export async function dumpDb(handle: FicDbHandle) {
  return dump((await handle) as never);
}
