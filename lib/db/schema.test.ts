import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openFicDb } from './open-db';
import { DB_VERSION, runUpgradeSteps, UPGRADE_STEPS } from './schema';
import type { UpgradeStep } from './steps/upgrade-step';
import { fill, openAtVersion } from './testing/open-at-version';
import { someWorksV1 } from './testing/records';

/** What a fresh install must create: every store, its key and its indexes. */
const EXPECTED = {
  activity: { keyPath: ['day', 'work'], indexes: { 'by-work': 'work' } },
  chapters: { keyPath: ['work', 'chapterId'], indexes: { 'by-work': 'work' } },
  highlights: { keyPath: 'id', indexes: { 'by-updated': 'updatedAt', 'by-work': 'work' } },
  progress: { keyPath: 'key', indexes: {} },
  tombstones: { keyPath: 'key', indexes: {} },
  works: { keyPath: 'key', indexes: { 'by-last-opened': 'lastOpenedAt' } },
};

/** The shape of a database: its stores, their key paths and their indexes' key paths. */
function shapeOf(db: IDBPDatabase<unknown>) {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((index) => [index, store.index(index).keyPath]),
      );
      return [name, { keyPath: store.keyPath, indexes }];
    }),
  );
}

describe('schema', () => {
  it('creates every store and index on a fresh install', async () => {
    const db = await openFicDb('schema-test-fresh');
    expect(shapeOf(db as unknown as IDBPDatabase)).toEqual(EXPECTED);
    db.close();
  });

  it('reaches the same shape one version at a time as in one go', async () => {
    for (let version = 1; version <= DB_VERSION; version++) {
      const db = await openAtVersion('schema-test-stepwise', version);
      expect(db.version).toBe(version);
      db.close();
    }
    const db = await openFicDb('schema-test-stepwise');
    expect(shapeOf(db as unknown as IDBPDatabase)).toEqual(EXPECTED);
    db.close();
  });

  it('keeps the old version and its records when a step fails part-way', async () => {
    const v1 = await openAtVersion('schema-test-failing', 1);
    await fill(v1, 'works', someWorksV1());
    v1.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: UpgradeStep = async (db, tx) => {
      db.createObjectStore('progress', { keyPath: 'key' });
      const cursor = await tx.objectStore('works').openCursor();
      await cursor?.delete();
      throw new Error('migration bug');
    };
    const open = openDB('schema-test-failing', 2, {
      upgrade(db, oldVersion, newVersion, tx) {
        runUpgradeSteps([UPGRADE_STEPS[0]!, failing], db, oldVersion, newVersion ?? 2, tx as never);
      },
    });
    await expect(open).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    const after = await openAtVersion('schema-test-failing', 1);
    expect([...after.objectStoreNames]).toEqual(['works']);
    expect(await after.getAll('works')).toHaveLength(someWorksV1().length);
    after.close();
  });
});
