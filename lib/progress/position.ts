import * as v from 'valibot';
import { LIMITS } from '../messaging/limits';
import { StampSchema } from './stamped';

const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.index));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/**
 * A reading position (issue 10): a place in the text, not a pixel (USERS.md, lessons). The
 * structural part (chapter, block, offset) finds the line; the block's fingerprint and a quote of
 * the text at the offset re-find it when the chapter was edited; the fractions are the fallback
 * when nothing matches, never the top.
 */
export const PositionSchema = v.object({
  chapterId: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.chapterId)),
  /** The chapter's 0-based order in the work: what positions are compared by. */
  chapterIndex: index,
  /** The block (paragraph) index in the chapter, and the character offset in that block. */
  block: index,
  offset: index,
  blockHash: v.pipe(v.string(), v.maxLength(LIMITS.blockHash)),
  /** Up to 64 characters of the text at the offset. */
  quote: v.pipe(v.string(), v.maxLength(LIMITS.quote)),
  /** How far through the chapter and the work, by words (0..1). */
  chapterFraction: fraction,
  workFraction: v.optional(fraction),
});

/** A reading position. */
export type Position = v.InferOutput<typeof PositionSchema>;

/** A position with the background's stamp of when it was reached. */
export const StampedPositionSchema = v.object({ ...PositionSchema.entries, at: StampSchema });

/** A position with the background's stamp. */
export type StampedPosition = v.InferOutput<typeof StampedPositionSchema>;

export { compareLocation } from './position-fields';

/** A stamped copy of a position, keeping only the position's own fields. */
export function stampPosition(position: Position, at: number): StampedPosition {
  const { chapterId, chapterIndex, block, offset, blockHash, quote, chapterFraction } = position;
  return {
    chapterId,
    chapterIndex,
    block,
    offset,
    blockHash,
    quote,
    chapterFraction,
    ...(position.workFraction !== undefined ? { workFraction: position.workFraction } : {}),
    at,
  };
}
