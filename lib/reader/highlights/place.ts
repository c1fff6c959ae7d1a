import { resolveAnchor } from '../../anchoring/resolve';
import type { BlockPoint, OrphanReason, Selector, TextAnchorV1 } from '../../anchoring/types';

/** A chapter as placing sees it: its id, whether all of it has arrived, its blocks' texts. */
export interface ChapterToPlace {
  id: string;
  complete: boolean;
  /** Normalised block texts (a `lazyBlocks` array: only what is read is computed). */
  blocks: readonly string[];
}

/** Where a stored highlight is in the text on this page, or why it is not drawn. */
export type Placement =
  | { kind: 'placed'; start: BlockPoint; end: BlockPoint; selector: Selector; score: number }
  /** In a chapter on this page, but not found with confidence: kept and listed, never dropped. */
  | { kind: 'orphan'; reason: OrphanReason }
  /**
   * Its chapter is still arriving (a long page loading): looked at again when the stored
   * blocks have arrived (`block`), or when the whole chapter has (`complete`).
   */
  | { kind: 'pending'; waitFor: 'block' | 'complete' }
  /** Its chapter is not on this page (another chapter's page of the work). */
  | { kind: 'elsewhere' };

/** A stored anchor as placing reads it (the wire shape may leave out `chapterLength`). */
export type StoredAnchor = Omit<TextAnchorV1, 'chapterLength'> & { chapterLength?: number };

/** The anchoring layer's anchor for a stored one (the wire shape leaves out `chapterLength`). */
export function toAnchorV1(anchor: StoredAnchor): TextAnchorV1 {
  const length = anchor.chapterLength;
  return { ...anchor, chapterLength: length ?? anchor.chapterEnd };
}

/**
 * Places a stored highlight with lib/anchoring (`resolveAnchor`: the stored position checked
 * against the quote, then the quote with its context, then a fuzzy match, else an orphan), only
 * ever in its own chapter. While a chapter is still arriving, only the stored position may
 * place it: a search over part of a chapter could take a copy of the words that a later part
 * would have beaten or made ambiguous, and a highlight must never land on wrong text.
 */
export function placeAnchor(anchor: StoredAnchor, chapter: ChapterToPlace | undefined): Placement {
  if (!chapter) return { kind: 'elsewhere' };
  if (anchor.chapterId !== chapter.id) return { kind: 'elsewhere' };
  if (!chapter.complete && anchor.end.block >= chapter.blocks.length) {
    return { kind: 'pending', waitFor: 'block' };
  }
  const found = resolveAnchor(toAnchorV1(anchor), chapter);
  const atStoredPlace =
    found.kind !== 'orphan' &&
    (found.selector === 'block-position' || found.selector === 'chapter-position');
  if (!chapter.complete && !atStoredPlace) return { kind: 'pending', waitFor: 'complete' };
  if (found.kind === 'orphan') return found;
  return {
    kind: 'placed',
    start: found.start,
    end: found.end,
    selector: found.selector,
    score: found.score,
  };
}
