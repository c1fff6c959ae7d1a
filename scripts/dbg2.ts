import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '/work/wt/library/tests/support/browser';
const context = await launchWithExtension(await mkdtemp(join(tmpdir(), 'dbg-')), true);
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
for (const durability of ['default', 'relaxed', 'strict'] as const) {
  for (const withIndex of [false, true]) {
    const ms = await sw.evaluate(
      async ({ durability, withIndex }) => {
        const name = `bench-${durability}-${withIndex}`;
        const db: IDBDatabase = await new Promise((res) => {
          const o = indexedDB.open(name, 1);
          o.onupgradeneeded = () => {
            const s = o.result.createObjectStore('s', { keyPath: 'id' });
            if (withIndex) {
              s.createIndex('a', 'work');
              s.createIndex('b', 'updatedAt');
            }
          };
          o.onsuccess = () => res(o.result);
        });
        const t0 = performance.now();
        const tx = db.transaction('s', 'readwrite', { durability });
        const s = tx.objectStore('s');
        for (let i = 0; i < 150000; i++)
          s.put({
            id: 'h' + i,
            work: 'ao3:' + (i % 10000),
            updatedAt: i,
            text: 'x'.repeat(250),
            nested: { a: { value: 1, at: 2 }, b: [1, 2, 3] },
          });
        const t1 = performance.now();
        await new Promise((r) => (tx.oncomplete = r));
        const t2 = performance.now();
        db.close();
        return [Math.round(t1 - t0), Math.round(t2 - t1)];
      },
      { durability, withIndex },
    );
    console.log(
      durability,
      withIndex ? 'indexes' : 'no index',
      'issue',
      ms[0],
      'ms, commit',
      ms[1],
      'ms',
    );
  }
}
await context.close();
