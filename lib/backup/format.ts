import * as v from 'valibot';
import {
  StoredActivityV1Schema,
  StoredChapterV1Schema,
  StoredHighlightV1Schema,
  StoredProgressV1Schema,
  StoredTombstoneV1Schema,
  StoredWorkV2Schema,
} from '../db/records';
import type {
  StoredActivity,
  StoredChapter,
  StoredHighlight,
  StoredProgress,
  StoredTombstone,
  StoredWork,
} from '../db/schema';
import { StampSchema } from '../progress/stamped';
import { BACKUP_FORMAT } from './limits';

/** Every record of every store: what a backup holds and what an import merges into. */
export interface StoreRecords {
  works: StoredWork[];
  progress: StoredProgress[];
  chapters: StoredChapter[];
  highlights: StoredHighlight[];
  activity: StoredActivity[];
  tombstones: StoredTombstone[];
}

/** The stores in the order a backup lists them. */
export const STORE_NAMES = [
  'works',
  'progress',
  'chapters',
  'highlights',
  'activity',
  'tombstones',
] as const satisfies readonly (keyof StoreRecords)[];

/**
 * Version 1 of the backup file: the stored records exactly as the database keeps them, checked
 * with the very schemas the database is typed by (lib/db/records.ts), and the settings. A new
 * version adds `BackupV2Schema` and a reader that converts a v1 file (read-backup.ts).
 */
export const BackupV1Schema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: StampSchema,
  /** Checked separately (lib/settings normalizes every value); absent in a bare backup. */
  settings: v.optional(v.unknown()),
  works: v.array(StoredWorkV2Schema),
  progress: v.array(StoredProgressV1Schema),
  chapters: v.array(StoredChapterV1Schema),
  highlights: v.array(StoredHighlightV1Schema),
  activity: v.array(StoredActivityV1Schema),
  tombstones: v.array(StoredTombstoneV1Schema),
});

/** A version-1 backup file. */
export type BackupV1 = v.InferOutput<typeof BackupV1Schema>;

/** A backup as an import uses it, whatever version the file was. */
export interface Backup {
  exportedAt: number;
  /** The settings the file holds, as stored (checked when applied). */
  settings?: unknown;
  records: StoreRecords;
  /** What was cleaned on the way in, in words. */
  warnings: string[];
}

/** The key a record is stored under, as a string, per store (for duplicates and merges). */
export const RECORD_KEY: { [S in keyof StoreRecords]: (r: StoreRecords[S][number]) => string } = {
  works: (r) => r.key,
  progress: (r) => r.key,
  chapters: (r) => `${r.work}\u0000${r.chapterId}`,
  highlights: (r) => r.id,
  activity: (r) => `${r.day}\u0000${r.work}`,
  tombstones: (r) => r.key,
};
