import type { FicDbHandle } from '../db/open-db';
import { ALL_STORES } from '../db/schema';
import type { StoreRecords } from './format';
import { mark } from './marks';
import { readStoreRecords } from './store-records';
import { backupSlices, recordCounts, type BackupHeader } from './write-backup';

/** A backup being written: its slices of text, and how many records of each store it holds. */
export interface BackupExport {
  slices: Generator<string>;
  counts: Record<keyof StoreRecords, number>;
}

/** Reads every store in one read-only transaction (a consistent copy) and writes it as a backup. */
export async function exportBackup(
  dbHandle: FicDbHandle,
  header: BackupHeader,
  slice?: number,
): Promise<BackupExport> {
  const db = await dbHandle;
  const records = await readStoreRecords(db.transaction(ALL_STORES, 'readonly'));
  mark('export-read');
  return { slices: backupSlices(records, header, slice), counts: recordCounts(records) };
}

/** The whole backup as one string (tests, the weekly backup of a small library). */
export async function exportBackupText(dbHandle: FicDbHandle, header: BackupHeader) {
  return [...(await exportBackup(dbHandle, header)).slices].join('');
}
