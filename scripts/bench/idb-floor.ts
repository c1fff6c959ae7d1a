import type { Worker } from '@playwright/test';

/**
 * The browser's own floor for the import: every record of the library put into a scratch
 * database with the same stores and indexes, in one transaction, with nothing of ours around it
 * (no reading, merging or checking). Measured in the background's worker, in the same run as
 * the import, so the import can be reported as a ratio of it.
 */
export async function rawPutFloor(sw: Worker): Promise<{ records: number; ms: number }> {
  // tsx keeps function names with a helper (__name) that the worker does not have.
  await sw.evaluate('globalThis.__name ??= (fn) => fn');
  return sw.evaluate(async () => {
    const opened = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
        if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const library = await opened('fic-reader');
    const names = [...library.objectStoreNames];
    const read = library.transaction(names);
    const layout = names.map((name) => {
      const store = read.objectStore(name);
      return {
        name,
        keyPath: store.keyPath,
        indexes: [...store.indexNames].map((i) => {
          const index = store.index(i);
          return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry };
        }),
      };
    });
    const records = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve) => {
            const request = read.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
          }),
      ),
    );
    library.close();
    const scratchName = `fic-reader-floor-${Date.now()}`;
    const scratch = await opened(scratchName, (db) => {
      for (const store of layout) {
        const created = db.createObjectStore(store.name, { keyPath: store.keyPath });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
        }
      }
    });
    const start = performance.now();
    const write = scratch.transaction(names, 'readwrite');
    names.forEach((name, i) => {
      const store = write.objectStore(name);
      for (const record of records[i]!) store.put(record);
    });
    await new Promise<void>((resolve, reject) => {
      write.oncomplete = () => resolve();
      write.onerror = () => reject(write.error);
    });
    const ms = performance.now() - start;
    scratch.close();
    indexedDB.deleteDatabase(scratchName);
    return { records: records.reduce((n, r) => n + r.length, 0), ms: Math.round(ms) };
  });
}
