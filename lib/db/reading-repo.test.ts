import { describe, expect, it } from 'vitest';
import { makePosition } from '../progress/testing/make';
import { REREAD_GAP_MS } from '../progress/read-through';
import { createReadingRepo } from './reading-repo';
import { freshDb, makeOpened, threeChapters } from './testing/setup';

const KEY = 'ao3:1851';

async function opened() {
  const db = freshDb('reading-repo');
  const repo = createReadingRepo(db);
  await repo.open(KEY, makeOpened(), threeChapters(), 1000);
  return { db: await db, repo };
}

const report = (chapterIndex: number, block: number, over = {}) => ({
  position: makePosition(chapterIndex, block, 0, { chapterId: `ch${chapterIndex + 1}` }),
  activeMs: 5000,
  words: 100,
  ...over,
});

describe('createReadingRepo', () => {
  it('records an open with the chapters on the page', async () => {
    const { repo } = await opened();
    const state = await repo.state(KEY);
    expect(state.work).toMatchObject({ key: KEY, openCount: 1, chapterTotal: { value: 3 } });
    expect(state.chapters.map((c) => [c.chapterId, c.index, c.title])).toEqual([
      ['ch1', 0, 'Loomings'],
      ['ch2', 1, 'The Carpet-Bag'],
      ['ch3', 2, 'The Spouter-Inn'],
    ]);
  });

  it('keeps the last move and the furthest, which an older place does not pull back', async () => {
    const { repo } = await opened();
    await repo.savePosition(KEY, report(2, 10), 2000);
    const change = await repo.savePosition(KEY, report(0, 3), 3000);
    expect(change.progress?.last).toMatchObject({ chapterIndex: 0, block: 3, at: 3000 });
    expect(change.progress?.furthest).toMatchObject({ chapterIndex: 2, block: 10, at: 2000 });
    expect(change.progress?.activeMs).toBe(10_000);
  });

  it('keeps where the reader was in each chapter, and the day’s reading', async () => {
    const { db, repo } = await opened();
    await repo.savePosition(KEY, report(1, 7), 2000);
    await repo.savePosition(KEY, report(1, 9), 2500);
    expect((await db.get('chapters', [KEY, 'ch2']))?.position).toMatchObject({ block: 9 });
    expect(await db.getAll('activity')).toEqual([
      expect.objectContaining({ work: KEY, activeMs: 10_000, words: 200 }),
    ]);
  });

  it('continues where the reader last read: a page only opened does not move the work’s lastUrl', async () => {
    const { repo } = await opened();
    const first = (await repo.state(KEY)).work?.lastUrl;
    const ch3 = 'https://archiveofourown.org/works/1851/chapters/3';
    await repo.savePosition(KEY, report(2, 4, { pageUrl: ch3 }), 2000);
    expect((await repo.state(KEY)).work?.lastUrl).toBe(ch3);
    await repo.open(
      KEY,
      makeOpened({ pageUrl: 'https://archiveofourown.org/works/1851/chapters/2' }),
      threeChapters(),
      3000,
    );
    expect((await repo.state(KEY)).work).toMatchObject({ lastUrl: ch3, openCount: 2 });
    expect(first).not.toBe(ch3);
  });

  it('writes nothing for a work that is not in the library (deleted meanwhile)', async () => {
    const db = freshDb('reading-repo');
    const repo = createReadingRepo(db);
    expect(await repo.savePosition(KEY, report(0, 1), 1)).toEqual({
      recorded: false,
      chapters: [],
    });
    expect(await (await db).getAll('progress')).toEqual([]);
  });

  it('counts read chapters, finishes on the last, and unmarks on request', async () => {
    const { repo } = await opened();
    await repo.savePosition(
      KEY,
      report(0, 0, { position: makePosition(0, 0, 0, { chapterFraction: 0 }) }),
      1500,
    );
    for (const [i, id] of ['ch1', 'ch2', 'ch3'].entries()) {
      await repo.markChapter(KEY, { chapterId: id, chapterIndex: i, read: true }, 2000 + i);
    }
    let state = await repo.state(KEY);
    expect(state.progress?.chaptersRead).toBe(3);
    expect(state.progress?.readThroughs.value).toEqual([{ startedAt: 1500, finishedAt: 2002 }]);

    await repo.markChapter(KEY, { chapterId: 'ch2', read: false }, 3000);
    state = await repo.state(KEY);
    expect(state.progress?.chaptersRead).toBe(2);
    expect(state.chapters.find((c) => c.chapterId === 'ch2')?.read).toEqual({
      value: false,
      at: 3000,
    });

    // Back at the start of chapter 1 well after finishing: a second read-through.
    const restart = makePosition(0, 0, 0, { chapterFraction: 0 });
    await repo.savePosition(KEY, report(0, 0, { position: restart }), 2002 + REREAD_GAP_MS);
    expect((await repo.state(KEY)).progress?.readThroughs.value).toHaveLength(2);
  });

  it('moves furthest back only on an explicit reset', async () => {
    const { repo } = await opened();
    await repo.savePosition(KEY, report(2, 10), 2000);
    await repo.savePosition(KEY, report(0, 1), 3000);
    const reset = await repo.resetFurthest(KEY, undefined, 4000);
    expect(reset.progress?.furthest).toMatchObject({ chapterIndex: 0, block: 1, at: 4000 });
  });
});
