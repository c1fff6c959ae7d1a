import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Link, SiteId, WorkStatus } from '../sites/types';

/** The database's name in the extension's origin. */
export const DB_NAME = 'fic-reader';

/** A work in the reader's library, as stored (schema v1). */
export interface StoredWorkV1 {
  /** `${site}:${workId}`, see workKey(). */
  key: string;
  site: SiteId;
  workId: string;
  title: string;
  authors: Link[];
  fandoms: string[];
  /** The work's page on its site. */
  url: string;
  words?: number;
  chapterCount?: string;
  status: WorkStatus;
  /** The chapter last opened, and the URL that opened it. */
  lastChapterId?: string;
  lastChapterTitle?: string;
  lastUrl: string;
  /** Epoch milliseconds. */
  firstOpenedAt: number;
  lastOpenedAt: number;
  openCount: number;
}

/** The database as of the newest schema version. */
export interface FicDb extends DBSchema {
  works: {
    key: string;
    value: StoredWorkV1;
    indexes: { 'by-last-opened': number };
  };
}

type UpgradeStep = (
  db: IDBPDatabase<FicDb>,
  tx: IDBPTransaction<FicDb, StoreNames<FicDb>[], 'versionchange'>,
) => void;

/**
 * Schema changes, in order: step i takes the database from version i to i + 1. To change the
 * schema, append a step (never edit a shipped one) and give it a test that upgrades real v(i)
 * data. See lib/db/README.md.
 */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  // v1: the library.
  (db) => {
    const works = db.createObjectStore('works', { keyPath: 'key' });
    works.createIndex('by-last-opened', 'lastOpenedAt');
  },
];

/** The newest schema version. */
export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs the steps between the stored version and the newest, in order. */
export function upgradeDb(
  db: IDBPDatabase<FicDb>,
  oldVersion: number,
  newVersion: number | null,
  tx: IDBPTransaction<FicDb, StoreNames<FicDb>[], 'versionchange'>,
): void {
  for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version++) {
    UPGRADE_STEPS[version]?.(db, tx);
  }
}
