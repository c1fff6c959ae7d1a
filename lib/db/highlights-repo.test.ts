import { describe, expect, it } from 'vitest';
import { makeHighlightInput } from '../progress/testing/make';
import { createHighlightsRepo } from './highlights-repo';
import { createWorksRepo } from './works-repo';
import { freshDb, makeOpened } from './testing/setup';

const KEY = 'ao3:1851';

async function setup() {
  const db = freshDb('highlights-repo');
  await createWorksRepo(db).recordOpen(makeOpened(), 1);
  await createWorksRepo(db).recordOpen(makeOpened({ workId: '2' }), 1);
  return { db: await db, repo: createHighlightsRepo(db) };
}

describe('createHighlightsRepo', () => {
  it('creates, recolours, removes and restores a highlight', async () => {
    const { repo } = await setup();
    await repo.put(KEY, makeHighlightInput(), 10);
    await repo.put(KEY, makeHighlightInput({ color: 'c4' }), 20);
    expect((await repo.forWork(KEY)).map((h) => h.color)).toEqual([{ value: 'c4', at: 20 }]);

    const removed = await repo.setRemoved(KEY, 'h-1', true, 30);
    expect(removed?.removed).toEqual({ value: true, at: 30 });
    expect(await repo.forWork(KEY)).toEqual([]);
    await repo.setRemoved(KEY, 'h-1', false, 40);
    expect(await repo.forWork(KEY)).toHaveLength(1);
  });

  it('refuses to touch another work’s highlight by its id', async () => {
    const { db, repo } = await setup();
    await repo.put(KEY, makeHighlightInput(), 10);
    const before = await db.getAll('highlights');
    await expect(repo.put('ao3:2', makeHighlightInput({ note: 'mine now' }), 20)).rejects.toThrow(
      'another work',
    );
    await expect(repo.setRemoved('ao3:2', 'h-1', true, 20)).rejects.toThrow('another work');
    expect(await db.getAll('highlights')).toEqual(before);
  });

  it('writes nothing for a work that is not in the library', async () => {
    const { db, repo } = await setup();
    expect(await repo.put('ao3:404', makeHighlightInput(), 10)).toBeUndefined();
    expect(await db.getAll('highlights')).toEqual([]);
  });

  it('lists highlights across works, newest first, by colour or work', async () => {
    const { repo } = await setup();
    await repo.put(KEY, makeHighlightInput({ id: 'a', color: 'c1' }), 10);
    await repo.put('ao3:2', makeHighlightInput({ id: 'b', color: 'c2' }), 20);
    await repo.put(KEY, makeHighlightInput({ id: 'c', color: 'c2' }), 30);
    await repo.put(KEY, makeHighlightInput({ id: 'd', color: 'c2' }), 40);
    await repo.setRemoved(KEY, 'd', true, 50);
    const ids = async (filter = {}) => (await repo.list(filter)).map((h) => h.id);
    expect(await ids()).toEqual(['c', 'b', 'a']);
    expect(await ids({ color: 'c2' })).toEqual(['c', 'b']);
    expect(await ids({ work: KEY })).toEqual(['c', 'a']);
    expect(await ids({ limit: 1 })).toEqual(['c']);
  });
});
