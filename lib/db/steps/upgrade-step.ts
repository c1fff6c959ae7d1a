import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One schema change. It sees the database untyped: at the time it runs, the stores have the
 * shapes of its own version, not today's. It may return a promise that migrates records; only
 * IndexedDB requests on `tx` may be awaited inside it, or the transaction closes.
 */
export type UpgradeStep = (
  db: IDBPDatabase,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;
