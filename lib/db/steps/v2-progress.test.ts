import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { openFicDb } from '../open-db';
import { StoredProgressV1Schema, StoredWorkV2Schema } from '../records';
import { someWorksV1 } from '../testing/records';
import { fill, openAtVersion } from '../testing/open-at-version';

describe('upgrade to v2 (progress and chapters)', () => {
  it('keeps every v1 work and seeds its progress from when it was opened', async () => {
    const v1 = await openAtVersion('v2-upgrade', 1);
    const works = someWorksV1();
    await fill(v1, 'works', works);
    v1.close();

    const db = await openAtVersion('v2-upgrade', 2);
    const upgraded = await db.getAll('works');
    expect(upgraded).toHaveLength(works.length);
    for (const work of works) {
      const after = await db.get('works', work.key);
      // Every v1 field kept as it was (openCount and the open dates included).
      expect(after).toMatchObject(work);
      expect(after.updatedAt).toBe(work.lastOpenedAt);
      expect(v.is(StoredWorkV2Schema, after)).toBe(true);

      const progress = await db.get('progress', work.key);
      expect(progress).toEqual({
        key: work.key,
        readThroughs: { value: [{ startedAt: work.firstOpenedAt }], at: work.firstOpenedAt },
        activeMs: 0,
        chaptersRead: 0,
        firstReadAt: work.firstOpenedAt,
        lastReadAt: work.lastOpenedAt,
        updatedAt: work.lastOpenedAt,
      });
      expect(v.is(StoredProgressV1Schema, progress)).toBe(true);
    }
    expect(await db.getAll('chapters')).toEqual([]);
    db.close();
  });

  it('reads the chapter total from the count the page stated', async () => {
    const v1 = await openAtVersion('v2-upgrade-total', 1);
    await fill(v1, 'works', someWorksV1());
    v1.close();
    const db = await openFicDb('v2-upgrade-total');
    expect((await db.get('works', 'ao3:1851'))?.chapterTotal).toEqual({
      value: 135,
      at: 1_700_000_500_000,
    });
    expect((await db.get('works', 'royalroad:9'))?.chapterTotal?.value).toBe(3);
    expect((await db.get('works', 'ffnet:77'))?.chapterTotal).toBeUndefined();
    db.close();
  });
});
