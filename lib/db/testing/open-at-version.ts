import { openDB, type IDBPDatabase } from 'idb';
import { upgradeDb, type FicDb } from '../schema';

/**
 * Opens (creating) a database at an older schema version with only its first `version` upgrade
 * steps, as a profile that last ran that version has it. Fill it with records of that version's
 * shapes, close it, then open it with `openFicDb(name)` to run the newer steps.
 */
export function openAtVersion(name: string, version: number): Promise<IDBPDatabase> {
  return openDB(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      upgradeDb(db as unknown as IDBPDatabase<FicDb>, oldVersion, version, tx as never);
    },
  });
}

/** Puts records into a store of an untyped (older-version) database and waits for the commit. */
export async function fill(db: IDBPDatabase, store: string, records: unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  for (const record of records) await tx.store.put(record);
  await tx.done;
}

/** Every record of every store, by store name: to compare a database before and after. */
export async function dump(db: IDBPDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) out[name] = await db.getAll(name);
  return out;
}
