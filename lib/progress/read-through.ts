import * as v from 'valibot';
import type { Position } from './position';
import { StampSchema } from './stamped';

/** A read-through: begun, and finished when the last chapter was read. */
export const ReadThroughSchema = v.object({
  startedAt: StampSchema,
  finishedAt: v.optional(StampSchema),
});

/** A read-through of a work. */
export type ReadThrough = v.InferOutput<typeof ReadThroughSchema>;

/** Read-throughs kept per work (the oldest are dropped; the count is what the library shows). */
export const MAX_READ_THROUGHS = 100;

/**
 * A reader back at the very start of chapter 1 this long after finishing is reading it again;
 * sooner, they are looking back at the summary or the first lines of the same reading.
 */
export const REREAD_GAP_MS = 30 * 60 * 1000;
/** "The start" of chapter 1: the first 5% of it. */
export const REREAD_START_FRACTION = 0.05;

/** The read-throughs after a move: the first move starts one; a restart after finishing another. */
export function readThroughsAfterMove(
  list: readonly ReadThrough[],
  position: Position,
  stamp: number,
): ReadThrough[] {
  const current = list.at(-1);
  if (!current) return [{ startedAt: stamp }];
  const restarted =
    current.finishedAt !== undefined &&
    position.chapterIndex === 0 &&
    position.chapterFraction <= REREAD_START_FRACTION &&
    stamp - current.finishedAt >= REREAD_GAP_MS;
  if (!restarted) return [...list];
  return [...list, { startedAt: stamp }].slice(-MAX_READ_THROUGHS);
}

/**
 * The read-throughs after a chapter was marked read: reading the last chapter (`lastIndex`, from
 * the chapter count the page states or the chapters seen) finishes the current one.
 */
export function readThroughsAfterRead(
  list: readonly ReadThrough[],
  chapterIndex: number,
  lastIndex: number,
  stamp: number,
): ReadThrough[] {
  if (chapterIndex < lastIndex) return [...list];
  const current = list.at(-1) ?? { startedAt: stamp };
  if (current.finishedAt !== undefined) return [...list];
  return [...list.slice(0, -1), { ...current, finishedAt: stamp }];
}
