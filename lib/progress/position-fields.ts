/**
 * A reading position's fields as a plain type (issue 10), for code that must not bundle the
 * schema library: the content script keeps progress on a site's own page when the reader is
 * switched off there. `PositionSchema` (position.ts) checks the same shape at run time, and a
 * type test (position.test.ts) keeps the two the same.
 */
export interface PositionFields {
  chapterId: string;
  /** The chapter's 0-based order in the work: what positions are compared by. */
  chapterIndex: number;
  /** The block (paragraph) index in the chapter, and the character offset in that block. */
  block: number;
  offset: number;
  blockHash: string;
  /** Up to 64 characters of the text at the offset. */
  quote: string;
  /** How far through the chapter and the work, by words (0..1). */
  chapterFraction: number;
  workFraction?: number | undefined;
}

/** Orders two positions by where they are in the text: chapter, then block, then offset. */
export function compareLocation(a: PositionFields, b: PositionFields): number {
  return a.chapterIndex - b.chapterIndex || a.block - b.block || a.offset - b.offset;
}
