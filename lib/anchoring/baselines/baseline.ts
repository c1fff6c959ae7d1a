/**
 * The shape of an edit baseline: a chapter as first posted, the same chapter after an author's
 * edit, and highlights made on the first with where each must land on the second (or that it
 * must become an orphan). See README.md for how to add one.
 */

/** A block index and a piece of that block's text (its first occurrence). */
export type TextAt = readonly [block: number, text: string];

/** Where a highlight must land in one edited chapter: its text there, or nowhere. */
export type Expected = 'orphan' | { from: TextAt; to?: TextAt };

/** A highlight made on the original chapter. */
export interface BaselineHighlight {
  label: string;
  /** The selection, by DOM text (textContent) of the original's rendered blocks. */
  from: TextAt;
  to?: TextAt;
  /** Per edited chapter id: where it must land, by normalised text of that chapter's blocks. */
  expect: Record<string, Expected>;
}

/** One edit case. */
export interface Baseline {
  /** The kind of edit ("typo fixes"), as the outcome table names it. */
  name: string;
  /** The chapter shape it is made on ("dialogue one-shot"). */
  shape: string;
  /** The chapter as first posted: block HTML, one entry per block. */
  before: readonly string[];
  /** The edited chapter(s) by id: one, or two when the author split the chapter. */
  after: Record<string, readonly string[]>;
  highlights: readonly BaselineHighlight[];
}
