import type { StoreRecords } from './format';
import { STORE_NAMES } from './format';
import { BACKUP_FORMAT, BACKUP_SLICE_BYTES, BACKUP_VERSION } from './limits';

/** Records stringified at once. */
const BATCH = 500;

/** What a backup says about itself besides the records. */
export interface BackupHeader {
  exportedAt: number;
  settings?: unknown;
}

/**
 * The backup file, version 1, as slices of JSON text of about `slice` characters, so neither
 * side holds a task for the whole library: `{format, version, exportedAt, settings, works: [...],
 * progress, chapters, highlights (tombstones included), activity, tombstones}`, each record
 * exactly as stored.
 */
export function* backupSlices(
  records: StoreRecords,
  header: BackupHeader,
  slice = BACKUP_SLICE_BYTES,
): Generator<string> {
  let out = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: header.exportedAt,
    ...(header.settings !== undefined ? { settings: header.settings } : {}),
  }).slice(0, -1);
  for (const store of STORE_NAMES) {
    out += `,${JSON.stringify(store)}:[`;
    const list = records[store] as unknown[];
    // Records are written a batch at a time (one native stringify per batch, its brackets cut).
    for (let i = 0; i < list.length; i += BATCH) {
      out += (i > 0 ? ',' : '') + JSON.stringify(list.slice(i, i + BATCH)).slice(1, -1);
      if (out.length >= slice) {
        yield out;
        out = '';
      }
    }
    out += ']';
  }
  yield `${out}}`;
}

/** How many records of each store a backup holds. */
export function recordCounts(records: StoreRecords): Record<keyof StoreRecords, number> {
  return Object.fromEntries(STORE_NAMES.map((s) => [s, records[s].length])) as Record<
    keyof StoreRecords,
    number
  >;
}
