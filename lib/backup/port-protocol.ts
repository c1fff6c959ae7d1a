import * as v from 'valibot';
import type { ImportPreview } from './plan-import';
import { BACKUP_SLICE_BYTES } from './limits';

// The library page and the background talk backups over a port (BACKUP_PORT): a whole library
// is tens of megabytes, so it travels in slices, and the background, which owns the database,
// reads, checks and writes it. Types only on the page's side (no database code is bundled there).

/** What the library page sends. */
export const BackupRequestSchema = v.variant('type', [
  /** Write a backup of everything: answered by `export-slice`s, then `export-done`. */
  v.object({ type: v.literal('export') }),
  /** A file is coming, this many bytes. */
  v.object({
    type: v.literal('import-start'),
    bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** The next slice of its text. */
  v.object({
    type: v.literal('import-slice'),
    text: v.pipe(v.string(), v.maxLength(2 * BACKUP_SLICE_BYTES)),
  }),
  /** That was all: read and check it, and answer the `preview` (nothing is written). */
  v.object({ type: v.literal('import-end') }),
  /** Import the previewed file (one transaction), with what the reader chose. */
  v.object({
    type: v.literal('import-commit'),
    restoreDeleted: v.boolean(),
    settings: v.boolean(),
  }),
  /** Keeps the background awake while the reader looks at the preview. */
  v.object({ type: v.literal('ping') }),
]);

/** A message from the library page. */
export type BackupRequest = v.InferOutput<typeof BackupRequestSchema>;

/** How many records of each store. */
export type RecordCounts = Record<keyof ImportPreview['counts'], number>;

/** What the background answers. */
export type BackupReply =
  | { type: 'export-slice'; text: string }
  | { type: 'export-done'; fileName: string; counts: RecordCounts }
  | {
      type: 'preview';
      preview: ImportPreview;
      /** What was cleaned on the way in. */
      warnings: string[];
      exportedAt: number;
      /** The file holds settings (the reader may restore them). */
      hasSettings: boolean;
    }
  /** How many of the import's writes are done (none is committed before the last). */
  | { type: 'import-progress'; written: number; total: number }
  | { type: 'imported'; result: ImportPreview }
  | { type: 'refused'; error: string };

export type { ImportPreview };
export type { StoreCounts } from './plan-import';
