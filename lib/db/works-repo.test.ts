import { describe, expect, it } from 'vitest';
import { openFicDb } from './open-db';
import type { OpenedWork } from './work-open';
import { createWorksRepo } from './works-repo';

let n = 0;
const freshRepo = () => createWorksRepo(openFicDb(`works-repo-test-${n++}`));

const makeOpened = (over: Partial<OpenedWork> = {}): OpenedWork => ({
  site: 'ao3',
  workId: '1851',
  title: 'Moby-Dick',
  authors: [{ name: 'Herman Melville' }],
  fandoms: ['Moby-Dick'],
  url: 'https://archiveofourown.org/works/1851',
  status: 'complete',
  pageUrl: 'https://archiveofourown.org/works/1851/chapters/2',
  ...over,
});

describe('createWorksRepo', () => {
  it('records a first open and counts later ones, keeping the first date', async () => {
    const repo = freshRepo();
    const first = await repo.recordOpen(makeOpened(), 1000);
    const second = await repo.recordOpen(makeOpened({ title: 'Moby-Dick (revised)' }), 2000);
    expect(first).toMatchObject({ key: 'ao3:1851', openCount: 1, firstOpenedAt: 1000 });
    expect(second).toMatchObject({
      openCount: 2,
      firstOpenedAt: 1000,
      lastOpenedAt: 2000,
      title: 'Moby-Dick (revised)',
    });
    expect(await repo.get({ site: 'ao3', workId: '1851' })).toEqual(second);
  });

  it('keeps one record per work whichever URL opened it', async () => {
    const repo = freshRepo();
    await repo.recordOpen(makeOpened({ pageUrl: 'https://archiveofourown.org/works/1851' }), 1);
    await repo.recordOpen(
      makeOpened({ pageUrl: 'https://archiveofourown.org/works/1851?view_full_work=true' }),
      2,
    );
    expect(await repo.list()).toHaveLength(1);
  });

  it('lists the most recently opened first, up to a limit', async () => {
    const repo = freshRepo();
    await repo.recordOpen(makeOpened({ workId: '1' }), 10);
    await repo.recordOpen(makeOpened({ workId: '2' }), 30);
    await repo.recordOpen(makeOpened({ workId: '3' }), 20);
    expect((await repo.list()).map((w) => w.workId)).toEqual(['2', '3', '1']);
    expect((await repo.list(2)).map((w) => w.workId)).toEqual(['2', '3']);
  });

  it('never stamps an open before the previous one, even when the clock went back', async () => {
    const repo = freshRepo();
    await repo.recordOpen(makeOpened(), 5000);
    const again = await repo.recordOpen(makeOpened(), 1000);
    expect(again.lastOpenedAt).toBe(5001);
    expect(again.firstOpenedAt).toBe(5000);
  });

  it('remembers the chapter count before it grew, and keeps the reader’s own fields', async () => {
    const repo = freshRepo();
    await repo.recordOpen(makeOpened({ chapterCount: '3/?' }), 1);
    const grown = await repo.recordOpen(makeOpened({ chapterCount: '5/?' }), 2);
    expect(grown.chapterTotal).toEqual({ value: 5, before: 3, at: 2 });
  });
});
