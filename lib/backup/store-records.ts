import type { IDBPTransaction } from 'idb';
import { ALL_STORES, type FicDb } from '../db/schema';
import type { StoreRecords } from './format';

type AnyTx = IDBPTransaction<FicDb, (typeof ALL_STORES)[number][], 'readonly' | 'readwrite'>;

/** Every record of every store, read in the given transaction (a consistent snapshot). */
export async function readStoreRecords(tx: AnyTx): Promise<StoreRecords> {
  const [works, progress, chapters, highlights, activity, tombstones] = await Promise.all([
    tx.objectStore('works').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('chapters').getAll(),
    tx.objectStore('highlights').getAll(),
    tx.objectStore('activity').getAll(),
    tx.objectStore('tombstones').getAll(),
  ]);
  return { works, progress, chapters, highlights, activity, tombstones };
}
