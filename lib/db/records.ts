import * as v from 'valibot';
import { chapterId, count, httpUrl, text, WorkMetaSchema } from '../messaging/fields';
import { LIMITS } from '../messaging/limits';
import { ChapterFieldsSchema } from '../progress/chapter-state';
import { HighlightFieldsSchema } from '../progress/highlight';
import { ProgressFieldsSchema } from '../progress/progress-state';
import { StampSchema } from '../progress/stamped';
import { WorkOwnFieldsSchema } from '../progress/work-state';

// Every stored shape, as a schema: the TypeScript types below are derived from these, and a
// backup import validates a file with them. A shipped shape is never edited; a change adds the
// next version (`StoredWorkV2`) and an upgrade step that converts the records (README.md).

const workKey = text(LIMITS.siteId + 1 + LIMITS.workId);

/** A work in the library, as schema v1 stored it. */
export const StoredWorkV1Schema = v.object({
  /** `${site}:${workId}`, see workKey(). */
  key: workKey,
  ...WorkMetaSchema.entries,
  /** The chapter last opened, and the URL that opened it. */
  lastChapterId: v.optional(chapterId),
  lastChapterTitle: v.optional(text(LIMITS.chapterTitle)),
  lastUrl: httpUrl,
  /** Epoch milliseconds. */
  firstOpenedAt: StampSchema,
  lastOpenedAt: StampSchema,
  /** Page loads (not read-throughs). */
  openCount: count,
});

/** A work in the library, as schema v1 stored it. */
export type StoredWorkV1 = v.InferOutput<typeof StoredWorkV1Schema>;

/** A work (v2): v1 plus the reader's own fields, each with its clock. */
export const StoredWorkV2Schema = v.object({
  ...StoredWorkV1Schema.entries,
  ...WorkOwnFieldsSchema.entries,
  /** The record's newest stamp. */
  updatedAt: StampSchema,
});

/** A work (v2). */
export type StoredWorkV2 = v.InferOutput<typeof StoredWorkV2Schema>;

/** Where the reader is in a work (v2; key = the work's key). */
export const StoredProgressV1Schema = v.object({ key: workKey, ...ProgressFieldsSchema.entries });

/** Where the reader is in a work. */
export type StoredProgressV1 = v.InferOutput<typeof StoredProgressV1Schema>;

/** One chapter's reading state (v2; key = [work, chapterId]). */
export const StoredChapterV1Schema = v.object({
  work: workKey,
  chapterId,
  ...ChapterFieldsSchema.entries,
});

/** One chapter's reading state. */
export type StoredChapterV1 = v.InferOutput<typeof StoredChapterV1Schema>;

/** A highlight (v3; key = id). */
export const StoredHighlightV1Schema = v.object({
  id: text(LIMITS.highlightId),
  work: workKey,
  ...HighlightFieldsSchema.entries,
});

/** A highlight. */
export type StoredHighlightV1 = v.InferOutput<typeof StoredHighlightV1Schema>;

/** Reading done on one local day in one work (v4; key = [day, work]). */
export const StoredActivityV1Schema = v.object({
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  work: workKey,
  activeMs: count,
  words: count,
  updatedAt: StampSchema,
});

/** Reading done on one local day in one work. */
export type StoredActivityV1 = v.InferOutput<typeof StoredActivityV1Schema>;

/** A work's records as they were, kept in its tombstone for undo. */
export const WorkRecordsSchema = v.object({
  work: StoredWorkV2Schema,
  progress: v.optional(StoredProgressV1Schema),
  chapters: v.array(StoredChapterV1Schema),
  highlights: v.array(StoredHighlightV1Schema),
  activity: v.array(StoredActivityV1Schema),
});

/** A work's records as they were. */
export type WorkRecords = v.InferOutput<typeof WorkRecordsSchema>;

/** A work whose data the reader deleted (v4; key = the work's key). */
export const StoredTombstoneV1Schema = v.object({
  key: workKey,
  deletedAt: StampSchema,
  /** While undo is possible: the records, and until when. */
  undo: v.optional(WorkRecordsSchema),
  undoUntil: v.optional(StampSchema),
});

/** A work whose data the reader deleted. */
export type StoredTombstoneV1 = v.InferOutput<typeof StoredTombstoneV1Schema>;
