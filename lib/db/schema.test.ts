import { describe, expect, it } from 'vitest';
import { openFicDb } from './open-db';
import { DB_VERSION, UPGRADE_STEPS } from './schema';

describe('schema', () => {
  it('is at the version of its last upgrade step', () => {
    expect(DB_VERSION).toBe(UPGRADE_STEPS.length);
  });

  it('creates every store and index on a fresh install', async () => {
    const db = await openFicDb('schema-test-fresh');
    expect([...db.objectStoreNames]).toEqual(['works']);
    expect([...db.transaction('works').store.indexNames]).toEqual(['by-last-opened']);
    db.close();
  });
});
