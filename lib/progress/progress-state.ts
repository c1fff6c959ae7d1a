import * as v from 'valibot';
import { advanceFurthest, mergeFurthest, resetFurthest } from './furthest';
import { stampPosition, StampedPositionSchema, type Position } from './position';
import {
  MAX_READ_THROUGHS,
  ReadThroughSchema,
  readThroughsAfterMove,
  readThroughsAfterRead,
} from './read-through';
import { compact, maxOf, minOf, newer, StampSchema, stampedSchema } from './stamped';

const counter = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/** Where the reader is in a work (the `progress` store, without its key). */
export const ProgressFieldsSchema = v.object({
  /** The most recent move, from any tab. */
  last: v.optional(StampedPositionSchema),
  /** The furthest position: only an explicit reset moves it back. */
  furthest: v.optional(StampedPositionSchema),
  furthestResetAt: v.optional(StampSchema),
  readThroughs: stampedSchema(v.pipe(v.array(ReadThroughSchema), v.maxLength(MAX_READ_THROUGHS))),
  /** Active reading time, clamped per report. */
  activeMs: counter,
  /** How many chapters carry a read mark (kept with the marks, for fast library lists). */
  chaptersRead: counter,
  firstReadAt: v.optional(StampSchema),
  lastReadAt: v.optional(StampSchema),
  /** The record's newest stamp. */
  updatedAt: StampSchema,
});

/** Where the reader is in a work. */
export type ProgressFields = v.InferOutput<typeof ProgressFieldsSchema>;

/** Progress before the first move. */
export function emptyProgress(): ProgressFields {
  return { readThroughs: { value: [], at: 0 }, activeMs: 0, chaptersRead: 0, updatedAt: 0 };
}

/** A move the reader made, stamped by the background, with the active time it took. */
export interface Move {
  position: Position;
  stamp: number;
  activeMs: number;
}

/** Progress after a move: it becomes the last position, and furthest if it is further. */
export function applyMove<T extends ProgressFields>(progress: T, move: Move): T {
  const at = stampPosition(move.position, move.stamp);
  const list = readThroughsAfterMove(progress.readThroughs.value, move.position, move.stamp);
  const listChanged = list.length !== progress.readThroughs.value.length;
  return {
    ...progress,
    ...advanceFurthest(progress, at),
    last: at,
    readThroughs: listChanged ? { value: list, at: move.stamp } : progress.readThroughs,
    activeMs: progress.activeMs + Math.max(0, move.activeMs),
    firstReadAt: progress.firstReadAt ?? move.stamp,
    lastReadAt: move.stamp,
    updatedAt: move.stamp,
  };
}

/** Progress after a chapter's read mark changed (`chaptersRead` is the new number of marks). */
export function applyChapterMark<T extends ProgressFields>(
  progress: T,
  mark: { read: boolean; chapterIndex: number; lastIndex: number; chaptersRead: number },
  stamp: number,
): T {
  const before = progress.readThroughs.value;
  const list = mark.read
    ? readThroughsAfterRead(before, mark.chapterIndex, mark.lastIndex, stamp)
    : [...before];
  const changed = JSON.stringify(list) !== JSON.stringify(before);
  return {
    ...progress,
    readThroughs: changed ? { value: list, at: stamp } : progress.readThroughs,
    chaptersRead: mark.chaptersRead,
    ...(mark.read ? { firstReadAt: progress.firstReadAt ?? stamp, lastReadAt: stamp } : {}),
    updatedAt: stamp,
  };
}

/** Progress after the reader explicitly moved furthest to `position` (possibly back). */
export function applyResetFurthest<T extends ProgressFields>(
  progress: T,
  position: Position,
  stamp: number,
): T {
  return {
    ...progress,
    ...resetFurthest(progress, stampPosition(position, stamp)),
    updatedAt: stamp,
  };
}

/**
 * Merges two copies of a work's progress (a backup import): the newer last position, the further
 * furthest (respecting resets), the newer read-throughs, the larger counters (importing a copy of
 * the same profile must not double the time read), the earliest first and latest last read.
 */
export function mergeProgress<T extends ProgressFields>(a: T, b: T): T {
  return compact({
    ...a,
    ...b,
    last: newer(a.last, b.last),
    furthest: undefined,
    furthestResetAt: undefined,
    ...mergeFurthest(a, b),
    readThroughs: newer(a.readThroughs, b.readThroughs) ?? a.readThroughs,
    activeMs: Math.max(a.activeMs, b.activeMs),
    chaptersRead: Math.max(a.chaptersRead, b.chaptersRead),
    firstReadAt: minOf(a.firstReadAt, b.firstReadAt),
    lastReadAt: maxOf(a.lastReadAt, b.lastReadAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  });
}
