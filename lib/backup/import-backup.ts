import { unwrap } from 'idb';
import type { FicDbHandle } from '../db/open-db';
import { ALL_STORES } from '../db/schema';
import type { Backup } from './format';
import { mark } from './marks';
import { planImport, type ImportOptions, type ImportPreview } from './plan-import';
import { readStoreRecords } from './store-records';

/** How many times, at most, a commit reports its progress. */
export const PROGRESS_STEPS = 50;

/** What an import will change, computed in a read-only transaction: nothing is written. */
export async function previewImport(
  dbHandle: FicDbHandle,
  backup: Backup,
  options: ImportOptions,
): Promise<ImportPreview> {
  const db = await dbHandle;
  const local = await readStoreRecords(db.transaction(ALL_STORES, 'readonly'));
  mark('preview-read');
  const { preview } = planImport(local, backup.records, options);
  mark('preview-planned');
  return preview;
}

/**
 * Imports a checked backup in ONE transaction over every store: the library is read, merged with
 * the backup in memory and written back, so the import is all or nothing. A refusal while
 * planning or a write that fails aborts the transaction, and the database is what it was; so
 * does `signal` (the library page closed while it writes).
 * Resolves with what changed, after the commit.
 */
export async function commitImport(
  dbHandle: FicDbHandle,
  backup: Backup,
  options: ImportOptions,
  onProgress?: (written: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  const db = await dbHandle;
  const tx = db.transaction(ALL_STORES, 'readwrite');
  // idb rejects tx.done on abort; the error that caused it is what the caller hears.
  tx.done.catch(() => undefined);
  // The page that asked went away before the commit: nothing is written.
  const stop = () => {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted.
    }
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const local = await readStoreRecords(tx);
    mark('commit-read');
    const plan = planImport(local, backup.records, options);
    mark('commit-planned');
    // Every request is issued at once on the raw stores: no await in between keeps the
    // transaction busy, and no promise per record (a library is 150,000 of them). A request
    // that fails aborts the transaction, and tx.done rejects with its error.
    const raw = unwrap(tx);
    const total = ALL_STORES.reduce((n, s) => n + plan.deletes[s].length + plan.puts[s].length, 0);
    // A large library takes the browser seconds to write (~80 µs a record): about PROGRESS_STEPS
    // requests report when they are done, so the page can show how far it has got.
    const every = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
    let issued = 0;
    const track = (request: IDBRequest) => {
      const n = ++issued;
      if (onProgress && (n % every === 0 || n === total))
        request.addEventListener('success', () => onProgress(n, total));
    };
    for (const store of ALL_STORES) {
      const target = raw.objectStore(store);
      for (const key of plan.deletes[store]) track(target.delete(key));
      for (const record of plan.puts[store]) track(target.put(record));
    }
    mark('commit-issued');
    await tx.done;
    mark('commit-done');
    return plan.preview;
  } catch (error) {
    if (signal?.aborted) {
      throw new Error('The import was stopped: nothing was changed.', { cause: error });
    }
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
