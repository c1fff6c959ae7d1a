import * as v from 'valibot';
import { LIMITS } from '../messaging/limits';
import { newer, StampSchema, stampedSchema } from './stamped';

/** The reader's own status for a work (issue 12). */
export const ReadingStatusSchema = v.picklist([
  'reading',
  'finished',
  'plan-to-read',
  'on-hold',
  'dropped',
]);

/** The reader's own status for a work. */
export type ReadingStatus = v.InferOutput<typeof ReadingStatusSchema>;

/** The reader's tags on a work. */
export const TagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag))),
  v.maxLength(LIMITS.tags),
);

/** How many chapters the opened pages state, and how many before the count last grew. */
export const ChapterTotalSchema = v.object({
  value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.index)),
  before: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.index))),
  at: StampSchema,
});

/** The chapter total as stored. */
export type ChapterTotal = v.InferOutput<typeof ChapterTotalSchema>;

/** A work's fields that belong to the reader, each with its own clock. */
export const WorkOwnFieldsSchema = v.object({
  /** null: the reader cleared it (the library then shows the derived status). */
  readingStatus: v.optional(stampedSchema(v.nullable(ReadingStatusSchema))),
  tags: v.optional(stampedSchema(TagsSchema)),
  chapterTotal: v.optional(ChapterTotalSchema),
});

/** A work's fields that belong to the reader. */
export type WorkOwnFields = v.InferOutput<typeof WorkOwnFieldsSchema>;

/** Tags as the reader meant them: trimmed, no empties, no case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    const folded = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out.slice(0, LIMITS.tags);
}

/** The number of chapters a site's count states ("3/?" → 3, "12/12" → 12), if any. */
export function parseChapterTotal(stated: string | undefined): number | undefined {
  const match = stated?.trim().match(/^(\d{1,9})/);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The chapter total after a page stating `stated` chapters was opened. */
export function nextChapterTotal(
  current: ChapterTotal | undefined,
  stated: number | undefined,
  stamp: number,
): ChapterTotal | undefined {
  if (stated === undefined || stated === current?.value) return current;
  if (!current) return { value: stated, at: stamp };
  // Grown: remember the count before, for "N new chapters since you read". Shrunk (the author
  // deleted chapters): start again from the new count.
  return stated > current.value
    ? { value: stated, before: current.value, at: stamp }
    : { value: stated, at: stamp };
}

/** New chapters since the reader read: those past both the old count and the furthest chapter. */
export function newChapters(total: ChapterTotal | undefined, furthestIndex?: number): number {
  if (!total || total.before === undefined || furthestIndex === undefined) return 0;
  return Math.max(0, total.value - Math.max(total.before, furthestIndex + 1));
}

/** Merges the reader's fields of two copies of a work: each field, the newer. */
export function mergeWorkOwn(a: WorkOwnFields, b: WorkOwnFields): WorkOwnFields {
  const readingStatus = newer(a.readingStatus, b.readingStatus);
  const tags = newer(a.tags, b.tags);
  const chapterTotal = newer(a.chapterTotal, b.chapterTotal);
  return {
    ...(readingStatus ? { readingStatus } : {}),
    ...(tags ? { tags } : {}),
    ...(chapterTotal ? { chapterTotal } : {}),
  };
}

/** The parts of a stored work a merge looks at beyond the reader's own fields. */
interface WorkOpenLog extends WorkOwnFields {
  firstOpenedAt: number;
  lastOpenedAt: number;
  openCount: number;
  updatedAt: number;
}

/**
 * Merges two copies of a work: the site's metadata and the open log of the copy opened last, the
 * reader's fields each the newer, the earliest first open and the larger open count.
 */
export function mergeWork<T extends WorkOpenLog>(a: T, b: T): T {
  const [older, newerCopy] = a.lastOpenedAt > b.lastOpenedAt ? [b, a] : [a, b];
  const own = mergeWorkOwn(a, b);
  const merged = {
    ...older,
    ...newerCopy,
    firstOpenedAt: Math.min(a.firstOpenedAt, b.firstOpenedAt),
    openCount: Math.max(a.openCount, b.openCount),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  delete merged.readingStatus;
  delete merged.tags;
  delete merged.chapterTotal;
  return { ...merged, ...own };
}
