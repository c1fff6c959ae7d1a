import * as v from 'valibot';
import { HighlightIdSchema, HighlightInputSchema } from '../progress/highlight';
import { PositionSchema } from '../progress/position';
import { count, text, WorkMetaSchema } from './fields';
import { LIMITS } from './limits';
import type { ChapterView, HighlightView, ProgressView, WorkSummary } from './wire';

export { READING_PORT } from './reading-port';

const int = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const chapterId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.chapterId));
/** A message number chosen by the reader; `saved` answers it. */
const seq = int(Number.MAX_SAFE_INTEGER);

/** A chapter on the opened page. */
export const ChapterOnPageSchema = v.object({
  id: chapterId,
  /** 0-based order in the work (as in positions); from `number` when absent. */
  index: v.optional(int(LIMITS.index)),
  number: v.optional(int(LIMITS.index)),
  title: v.optional(text(LIMITS.chapterTitle)),
  words: count,
});

/** What the reader sends over the reading port. None carries a time: the background stamps. */
export const ReadingMessageSchema = v.variant('type', [
  /** The reader opened this page: the work's metadata, the chapters on the page, the view. */
  v.object({
    type: v.literal('open'),
    work: WorkMetaSchema,
    /** The chapter the page is about (absent on an entire-work page). */
    chapterId: v.optional(chapterId),
    chapters: v.pipe(v.array(ChapterOnPageSchema), v.maxLength(LIMITS.chaptersPerOpen)),
    view: v.picklist(['chapter', 'single', 'entire', 'multi']),
  }),
  /** The reader moved; `activeMs` is the active reading time since its previous report. */
  v.object({
    type: v.literal('position'),
    seq,
    position: PositionSchema,
    activeMs: int(60 * 60 * 1000),
  }),
  /** A chapter's end was on screen long enough (or the reader marked it by hand). */
  v.object({ type: v.literal('chapter-read'), seq, chapterId, chapterIndex: int(LIMITS.index) }),
  /** The reader unmarked a chapter (explicit only). */
  v.object({ type: v.literal('chapter-unread'), seq, chapterId }),
  /** Move furthest to `position`, or to the last position: the reader asked, even backwards. */
  v.object({ type: v.literal('reset-furthest'), seq, position: v.optional(PositionSchema) }),
  /** Create a highlight or change its colour, note or anchor. */
  v.object({ type: v.literal('highlight-put'), seq, highlight: HighlightInputSchema }),
  /** Remove a highlight (a tombstone: `highlight-restore` undoes it). */
  v.object({ type: v.literal('highlight-remove'), seq, id: HighlightIdSchema }),
  v.object({ type: v.literal('highlight-restore'), seq, id: HighlightIdSchema }),
]);

/** A message from the reader. */
export type ReadingMessage = v.InferOutput<typeof ReadingMessageSchema>;

/** The largest message accepted: `open` lists every chapter of an entire work. */
export function maxReadingMessageBytes(type: unknown): number {
  return type === 'open' ? LIMITS.openBytes : LIMITS.messageBytes;
}

/** What the background sends the reader. */
export type ReadingReply =
  /** The answer to `open`: everything stored about the work. */
  | {
      type: 'state';
      /** False in a private window when recording there is off: writes answer `recorded: false`. */
      recording: boolean;
      work: WorkSummary | null;
      progress: ProgressView | null;
      chapters: ChapterView[];
      /** Every highlight of the work, in any chapter (the reader decides which are orphans). */
      highlights: HighlightView[];
    }
  /**
   * A write committed (or, with `recorded: false`, was not recorded). For positions, `seq` is the
   * newest position written: every earlier one is superseded.
   */
  | { type: 'saved'; seq: number; recorded: boolean; highlight?: HighlightView }
  | { type: 'refused'; seq?: number; error: string }
  /** Another tab of this work changed its progress. */
  | { type: 'progress-changed'; progress: ProgressView; chapters: ChapterView[] }
  /** Another tab of this work changed these highlights (removed ones carry `deletedAt`). */
  | { type: 'highlights-changed'; highlights: HighlightView[] };
