import { describe, expect, it } from 'vitest';
import { createHighlightsRepo } from '../db/highlights-repo';
import { createLibraryRepo } from '../db/library-repo';
import type { FicDbHandle } from '../db/open-db';
import { createReadingRepo } from '../db/reading-repo';
import { freshDb } from '../db/testing/setup';
import { makeHighlightInput, makePosition } from '../progress/testing/make';
import { exportBackupText } from './export-backup';
import { commitImport, previewImport } from './import-backup';
import { readBackup } from './read-backup';
import { dumpDb, MOBY, seedLibrary, SHORT, T } from './testing/library';

const NOW = T + 100_000;

async function backupOf(handle: FicDbHandle) {
  const result = readBackup(await exportBackupText(handle, { exportedAt: NOW }), NOW);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

/** Profile A (here) and profile B (a copy of A that went on elsewhere), both changed since. */
async function twoProfiles() {
  const a = await seedLibrary(freshDb('profile-a'));
  const b = freshDb('profile-b');
  await commitImport(b, await backupOf(a.handle), { restoreDeleted: false });
  const bReading = createReadingRepo(b);
  // B: finished it, a new highlight, h1 removed, chapter 2 read, then back at chapter 1 (newest).
  await createLibraryRepo(b).setStatus(MOBY, 'finished', T + 30_000);
  await createHighlightsRepo(b).put(
    MOBY,
    makeHighlightInput({ id: 'h3', color: 'c5' }),
    T + 30_100,
  );
  await createHighlightsRepo(b).setRemoved(MOBY, 'h1', true, T + 30_200);
  await bReading.markChapter(MOBY, { chapterId: 'ch2', chapterIndex: 1, read: true }, T + 30_300);
  const back = makePosition(0, 1, 0, { chapterId: 'ch1' });
  await bReading.savePosition(MOBY, { position: back, activeMs: 1000, words: 0 }, T + 30_400);
  // A: further on in chapter 3 (before B's move), chapter 3 read, new tags, the one-shot deleted.
  const further = makePosition(2, 9, 0, { chapterId: 'ch3' });
  await a.reading.savePosition(MOBY, { position: further, activeMs: 5000, words: 800 }, T + 20_000);
  await a.reading.markChapter(MOBY, { chapterId: 'ch3', chapterIndex: 2, read: true }, T + 20_100);
  await a.library.setTags(MOBY, ['whales'], T + 40_000);
  await a.library.deleteWork(SHORT, T + 41_000);
  return { a, b };
}

describe('importing into a library with newer data', () => {
  it('merges field by field: newer wins, furthest is the maximum, highlights united', async () => {
    const { a, b } = await twoProfiles();
    await commitImport(a.handle, await backupOf(b), { restoreDeleted: false });
    const { work, progress, chapters, highlights } = await a.reading.state(MOBY);
    expect(work?.readingStatus).toEqual({ value: 'finished', at: T + 30_000 });
    expect(work?.tags).toEqual({ value: ['whales'], at: T + 40_000 });
    expect(progress?.last).toMatchObject({ chapterIndex: 0, at: T + 30_400 });
    expect(progress?.furthest).toMatchObject({ chapterIndex: 2, block: 9 });
    expect(
      chapters
        .filter((c) => c.read?.value)
        .map((c) => c.chapterId)
        .sort(),
    ).toEqual(['ch1', 'ch2', 'ch3']);
    expect(progress?.chaptersRead).toBe(3);
    expect(highlights.map((h) => h.id)).toEqual(['h3']);
    expect((await (await a.handle).get('highlights', 'h1'))?.removed.value).toBe(true);
  });

  it('keeps a work deleted here deleted, unless asked to bring it back', async () => {
    const { a, b } = await twoProfiles();
    const backup = await backupOf(b);
    const preview = await previewImport(a.handle, backup, { restoreDeleted: false });
    expect(preview).toMatchObject({ deletedHere: 1 });
    expect(preview.counts.highlights).toMatchObject({ added: 1, removed: 1 });
    await commitImport(a.handle, backup, { restoreDeleted: false });
    expect((await a.reading.state(SHORT)).work).toBeUndefined();
    await commitImport(a.handle, backup, { restoreDeleted: true });
    expect((await a.reading.state(SHORT)).work?.title).toBe('A one-shot');
    expect(await (await a.handle).get('tombstones', SHORT)).toBeUndefined();
  });

  it('deletes here what the backup deleted after it was last read here', async () => {
    const { a, b } = await twoProfiles();
    await createLibraryRepo(b).deleteWork(MOBY, T + 50_000);
    const preview = await previewImport(a.handle, await backupOf(b), { restoreDeleted: false });
    expect(preview.counts.works.removed).toBe(1);
    await commitImport(a.handle, await backupOf(b), { restoreDeleted: false });
    const state = await a.reading.state(MOBY);
    expect([state.work, state.progress, state.chapters, state.highlights]).toEqual([
      undefined,
      undefined,
      [],
      [],
    ]);
  });

  it('gives the same library whichever side is imported into which', async () => {
    const { a, b } = await twoProfiles();
    const [fromA, fromB] = [await backupOf(a.handle), await backupOf(b)];
    await commitImport(a.handle, fromB, { restoreDeleted: false });
    await commitImport(b, fromA, { restoreDeleted: false });
    const [da, db] = [await dumpDb(a.handle), await dumpDb(b)];
    for (const store of ['works', 'progress', 'chapters', 'highlights', 'activity', 'tombstones']) {
      expect(da[store], store).toEqual(db[store]);
    }
  });
});
