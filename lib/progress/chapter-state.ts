import * as v from 'valibot';
import { LIMITS } from '../messaging/limits';
import { stampPosition, StampedPositionSchema, type Position } from './position';
import { compact, maxOf, minOf, newer, StampSchema, stampedSchema } from './stamped';

const int = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/** What a page says about one of its chapters. */
export const ChapterMetaSchema = v.object({
  /** 0-based order in the work. */
  index: v.optional(int(LIMITS.index)),
  /** 1-based number as the site shows it. */
  number: v.optional(int(LIMITS.index)),
  title: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.chapterTitle))),
  words: v.optional(int(1e9)),
});

/** What a page says about one of its chapters. */
export type ChapterMeta = v.InferOutput<typeof ChapterMetaSchema>;

/** One chapter's reading state (the `chapters` store, without its key). */
export const ChapterFieldsSchema = v.object({
  ...ChapterMetaSchema.entries,
  /** Automatic writes only mark read; an explicit unmark wins over older marks by its clock. */
  read: v.optional(stampedSchema(v.boolean())),
  /** Where the reader was in this chapter. */
  position: v.optional(StampedPositionSchema),
  activeMs: int(Number.MAX_SAFE_INTEGER),
  firstReadAt: v.optional(StampSchema),
  lastReadAt: v.optional(StampSchema),
  updatedAt: StampSchema,
});

/** One chapter's reading state. */
export type ChapterFields = v.InferOutput<typeof ChapterFieldsSchema>;

/** A chapter nobody has read yet. */
export function emptyChapter(): ChapterFields {
  return { activeMs: 0, updatedAt: 0 };
}

/** The chapter with what the page now says about it (the page is the newest word on its titles). */
export function applyChapterMeta<T extends ChapterFields>(chapter: T, meta: ChapterMeta): T {
  return compact({ ...chapter, ...meta });
}

/** The chapter after the reader moved within it. */
export function applyChapterMove<T extends ChapterFields>(
  chapter: T,
  move: { position: Position; stamp: number; activeMs: number },
): T {
  return {
    ...chapter,
    index: chapter.index ?? move.position.chapterIndex,
    position: stampPosition(move.position, move.stamp),
    activeMs: chapter.activeMs + Math.max(0, move.activeMs),
    firstReadAt: chapter.firstReadAt ?? move.stamp,
    lastReadAt: move.stamp,
    updatedAt: move.stamp,
  };
}

/** The chapter after the reader marked it read (automatic or not) or explicitly unread. */
export function applyReadMark<T extends ChapterFields>(
  chapter: T,
  read: boolean,
  stamp: number,
): T {
  return { ...chapter, read: { value: read, at: stamp }, updatedAt: stamp };
}

/** True when the chapter carries a read mark. */
export function isRead(chapter: ChapterFields | undefined): boolean {
  return chapter?.read?.value === true;
}

/**
 * Merges two copies of a chapter: the newer mark and place, the larger time, the metadata of the
 * copy updated last.
 */
export function mergeChapter<T extends ChapterFields>(a: T, b: T): T {
  const aNewer =
    a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : JSON.stringify(a) > JSON.stringify(b);
  const [older, newerCopy] = aNewer ? [b, a] : [a, b];
  return compact({
    ...older,
    ...newerCopy,
    read: newer(a.read, b.read),
    position: newer(a.position, b.position),
    activeMs: Math.max(a.activeMs, b.activeMs),
    firstReadAt: minOf(a.firstReadAt, b.firstReadAt),
    lastReadAt: maxOf(a.lastReadAt, b.lastReadAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  });
}
