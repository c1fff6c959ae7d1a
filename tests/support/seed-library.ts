import type { Worker } from '@playwright/test';
import type { StoreRecords } from '../../lib/backup/format';

/**
 * Writes records straight into the background's database from inside its service worker, in
 * batches (as a large library would be after years of reading). The background must have opened
 * the database already (it does when it starts).
 */
export async function seedDatabase(sw: Worker, records: StoreRecords, batch = 5000): Promise<void> {
  await waitForDatabase(sw);
  for (const [store, list] of Object.entries(records) as [string, unknown[]][]) {
    for (let i = 0; i < list.length; i += batch) {
      await sw.evaluate(
        ({ store, items }) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('fic-reader');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(store, 'readwrite');
              for (const item of items) tx.objectStore(store).put(item);
              tx.oncomplete = () => (db.close(), done());
              tx.onerror = () => (db.close(), fail(tx.error));
            };
          }),
        { store, items: list.slice(i, i + batch) },
      );
    }
  }
}

/** Every record of every store, to compare the database before and after. */
export async function dumpDatabase(sw: Worker): Promise<Record<string, unknown[]>> {
  return sw.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((done, fail) => {
        const open = indexedDB.open('fic-reader');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), done(out));
          tx.onerror = () => (db.close(), fail(tx.error));
        };
      }),
  );
}

/** Empties every store: a wiped profile. */
export async function wipeDatabase(sw: Worker): Promise<void> {
  await sw.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('fic-reader');
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => (db.close(), fail(tx.error));
        };
        open.onerror = () => fail(open.error);
      }),
  );
}

/** Waits until the background has opened (created, upgraded) its database. */
export async function waitForDatabase(sw: Worker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ready = await sw.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('fic-reader');
          open.onsuccess = () => {
            const ok = open.result.objectStoreNames.contains('tombstones');
            open.result.close();
            done(ok);
          };
          open.onerror = () => done(false);
        }),
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the background never opened its database');
}
