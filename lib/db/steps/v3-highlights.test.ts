import { describe, expect, it } from 'vitest';
import { openFicDb } from '../open-db';
import { makeChapter, makeProgress, makeWorkV2 } from '../testing/records';
import { dump, fill, openAtVersion } from '../testing/open-at-version';

describe('upgrade to v3 (highlights)', () => {
  it('keeps every v2 record and adds an empty highlights store', async () => {
    const v2 = await openAtVersion('v3-upgrade', 2);
    await fill(v2, 'works', [makeWorkV2(), makeWorkV2({ key: 'ao3:2', workId: '2' })]);
    await fill(v2, 'progress', [makeProgress(), makeProgress({ key: 'ao3:2' })]);
    await fill(v2, 'chapters', [
      makeChapter(),
      makeChapter({ chapterId: 'ch2', index: 1, read: { value: false, at: 9 } }),
      makeChapter({ work: 'ao3:2' }),
    ]);
    const before = await dump(v2);
    v2.close();

    const db = await openAtVersion('v3-upgrade', 3);
    expect(await dump(db)).toEqual({ ...before, highlights: [] });
    db.close();
    const latest = await openFicDb('v3-upgrade');
    expect(await latest.getAll('chapters')).toEqual(before.chapters);
    latest.close();
  });
});
