import type { FicDbHandle } from '../db/open-db';
import { ALL_STORES } from '../db/schema';
import type { Backup } from './format';
import { planImport, type ImportOptions, type ImportPreview } from './plan-import';
import { readStoreRecords } from './store-records';

/** What an import will change, computed in a read-only transaction: nothing is written. */
export async function previewImport(
  dbHandle: FicDbHandle,
  backup: Backup,
  options: ImportOptions,
): Promise<ImportPreview> {
  const db = await dbHandle;
  const local = await readStoreRecords(db.transaction(ALL_STORES, 'readonly'));
  return planImport(local, backup.records, options).preview;
}

/**
 * Imports a checked backup in ONE transaction over every store: the library is read, merged with
 * the backup in memory and written back, so the import is all or nothing. A refusal while
 * planning or a write that fails aborts the transaction, and the database is what it was.
 * Resolves with what changed, after the commit.
 */
export async function commitImport(
  dbHandle: FicDbHandle,
  backup: Backup,
  options: ImportOptions,
): Promise<ImportPreview> {
  const db = await dbHandle;
  const tx = db.transaction(ALL_STORES, 'readwrite');
  // idb rejects tx.done on abort; the error that caused it is what the caller hears.
  tx.done.catch(() => undefined);
  try {
    const plan = planImport(await readStoreRecords(tx), backup.records, options);
    const requests: Promise<unknown>[] = [];
    // Every request is issued at once (no await in between keeps the transaction busy); each
    // rejects with the abort if a later one fails, which the abort below already reports.
    const track = (request: Promise<unknown>) => {
      request.catch(() => undefined);
      requests.push(request);
    };
    for (const store of ALL_STORES) {
      const target = tx.objectStore(store);
      for (const key of plan.deletes[store]) track(target.delete(key as never));
      for (const record of plan.puts[store]) track(target.put(record as never));
    }
    await Promise.all(requests);
    await tx.done;
    return plan.preview;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  }
}
