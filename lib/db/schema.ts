import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  StoredActivityV1,
  StoredChapterV1,
  StoredHighlightV1,
  StoredProgressV1,
  StoredTombstoneV1,
  StoredWorkV2,
} from './records';
import { v1Library } from './steps/v1-library';
import { v2Progress } from './steps/v2-progress';
import { v3Highlights } from './steps/v3-highlights';
import { v4Library } from './steps/v4-library';
import type { UpgradeStep } from './steps/upgrade-step';

export type { StoredWorkV1 } from './records';

/** The database's name in the extension's origin. */
export const DB_NAME = 'fic-reader';

/** The stored shapes of the newest schema version. */
export type StoredWork = StoredWorkV2;
export type StoredProgress = StoredProgressV1;
export type StoredChapter = StoredChapterV1;
export type StoredHighlight = StoredHighlightV1;
export type StoredActivity = StoredActivityV1;
export type StoredTombstone = StoredTombstoneV1;

/** The database as of the newest schema version (see README.md for every field). */
export interface FicDb extends DBSchema {
  works: { key: string; value: StoredWork; indexes: { 'by-last-opened': number } };
  progress: { key: string; value: StoredProgress };
  chapters: { key: [string, string]; value: StoredChapter; indexes: { 'by-work': string } };
  highlights: {
    key: string;
    value: StoredHighlight;
    indexes: { 'by-work': string; 'by-updated': number };
  };
  activity: { key: [string, string]; value: StoredActivity; indexes: { 'by-work': string } };
  tombstones: { key: string; value: StoredTombstone };
}

/** Every store, for transactions that touch a whole work. */
export const ALL_STORES = [
  'works',
  'progress',
  'chapters',
  'highlights',
  'activity',
  'tombstones',
] as const satisfies readonly StoreNames<FicDb>[];

/**
 * Schema changes, in order: step i takes the database from version i to i + 1. To change the
 * schema, append a step (never edit a shipped one) and give it a test that upgrades a database
 * filled by the previous version. See lib/db/README.md.
 */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  v1Library,
  v2Progress,
  v3Highlights,
  v4Library,
];

/** The newest schema version. */
export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs the steps between the stored version and the newest, in order (see runUpgradeSteps). */
export function upgradeDb(
  db: IDBPDatabase<FicDb>,
  oldVersion: number,
  newVersion: number | null,
  tx: IDBPTransaction<FicDb, StoreNames<FicDb>[], 'versionchange'>,
): void {
  runUpgradeSteps(
    UPGRADE_STEPS,
    db as unknown as IDBPDatabase,
    oldVersion,
    newVersion ?? DB_VERSION,
    tx as unknown as Parameters<UpgradeStep>[1],
  );
}

/**
 * Runs `steps[oldVersion .. newVersion - 1]` in order. A step that migrates records returns a
 * promise; the steps after it wait for it. A failed step aborts the upgrade, so the database
 * stays at its old version with its records untouched.
 */
export function runUpgradeSteps(
  steps: readonly UpgradeStep[],
  db: IDBPDatabase,
  oldVersion: number,
  newVersion: number,
  tx: Parameters<UpgradeStep>[1],
): void {
  let pending: Promise<void> | undefined;
  for (let version = oldVersion; version < newVersion; version++) {
    const step = steps[version];
    if (!step) continue;
    // Steps run synchronously until one returns a promise; later ones wait for it.
    if (pending) pending = pending.then(() => step(db, tx));
    else {
      const result = step(db, tx);
      if (result) pending = result;
    }
  }
  pending?.catch((error: unknown) => {
    console.error('Fic Reader: database upgrade failed', error);
    // The open fails with the abort; the transaction's own promise need not fail as well.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
  });
}
