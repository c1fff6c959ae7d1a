/**
 * The shapes of the anchoring layer. Offsets count UTF-16 code units of *normalised* text (see
 * normalize.ts): a block's text with whitespace runs collapsed to one space and trimmed, and a
 * chapter's text as its blocks' texts joined by "\n".
 */

/** A place in a chapter: block index and offset in that block's normalised text. */
export interface BlockPoint {
  block: number;
  offset: number;
}

/**
 * A stored address for text (Hypothesis's model: several selectors, each checked against the
 * quote). A highlight is a ranged anchor; a reading position is a collapsed one (start == end,
 * `exact` empty). Plain JSON: safe to store and to send in a message.
 */
export interface TextAnchorV1 {
  chapterId: string;
  /** Block-relative position: the cheapest selector. */
  start: BlockPoint;
  end: BlockPoint;
  /** Text-position selector: offsets in the chapter's normalised text. */
  chapterStart: number;
  chapterEnd: number;
  /** Length of the chapter's normalised text when described (for a fallback fraction). */
  chapterLength: number;
  /** Text-quote selector: the text itself ("" for a position) and ~32 characters each side. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Fingerprint of the start block's normalised text (fingerprint.ts). */
  blockHash: string;
}

/** The current anchor shape. */
export type TextAnchor = TextAnchorV1;

/** A chapter as plain normalised block texts: what resolving and searching need. */
export interface ChapterTexts {
  /** The blocks' normalised texts, by block index. */
  readonly blocks: readonly string[];
}

/** A chapter with its id, for describing positions and searching mentions. */
export interface IdentifiedChapterTexts extends ChapterTexts {
  readonly id: string;
}

/**
 * A rendered chapter as the anchoring layer sees it: block elements by index (undefined while a
 * block is not rendered yet) and every block's normalised text (rendered or not).
 */
export interface RenderedBlocks {
  readonly chapterId: string;
  readonly blockCount: number;
  element(index: number): Element | undefined;
  /** Block `index`'s normalised text; for a rendered block, `blockText(element).text`. */
  text(index: number): string;
}

/** Which selector placed an anchor. */
export type Selector = 'block-position' | 'chapter-position' | 'quote' | 'fuzzy';

/** An anchor placed in the current text. */
export interface ResolvedAnchor {
  kind: 'position' | 'quote' | 'fuzzy';
  /** The selector that placed it (for tests and diagnostics). */
  selector: Selector;
  start: BlockPoint;
  end: BlockPoint;
  /** 0..1: how well the text found agrees with the stored quote and context. */
  score: number;
}

/** Why an anchor could not be placed. */
export type OrphanReason = 'empty-chapter' | 'not-found' | 'below-threshold' | 'ambiguous';

/** An anchor that could not be placed: kept and listed, never dropped (issue 11). */
export interface OrphanAnchor {
  kind: 'orphan';
  reason: OrphanReason;
}

/** What resolving gives: a place, or an orphan. */
export type Resolution = ResolvedAnchor | OrphanAnchor;

/** One occurrence of a searched term. */
export interface Mention {
  chapterId: string;
  start: BlockPoint;
  end: BlockPoint;
}
