import { describe, expect, it } from 'vitest';
import { openFicDb } from '../open-db';
import { makeChapter, makeHighlight, makeProgress, makeWorkV2 } from '../testing/records';
import { dump, fill, openAtVersion } from '../testing/open-at-version';

describe('upgrade to v4 (activity and tombstones)', () => {
  it('keeps every v3 record and adds the activity and tombstone stores', async () => {
    const v3 = await openAtVersion('v4-upgrade', 3);
    await fill(v3, 'works', [makeWorkV2(), makeWorkV2({ key: 'ffnet:5', site: 'ffnet' })]);
    await fill(v3, 'progress', [makeProgress()]);
    await fill(v3, 'chapters', [makeChapter(), makeChapter({ chapterId: 'ch2' })]);
    await fill(v3, 'highlights', [
      makeHighlight(),
      makeHighlight({ id: 'h-2', removed: { value: true, at: 8 }, updatedAt: 8 }),
    ]);
    const before = await dump(v3);
    v3.close();

    const db = await openFicDb('v4-upgrade');
    expect(await dump(db as never)).toEqual({ ...before, activity: [], tombstones: [] });
    db.close();
  });
});
