import { CONTEXT_CHARS } from '../../anchoring/describe';
import { blockFingerprint } from '../../anchoring/fingerprint';
import { chapterText } from '../../anchoring/normalize';
import { resolvePosition, type PositionRule } from '../../anchoring/resolve-position';
import { LIMITS } from '../../messaging/limits';
import type { PositionFields } from '../../progress/position-fields';
import type { Story } from '../../sites/types';

/** The normalised texts of a page's blocks (lib/anchoring): the reader's, or a site page's own. */
export interface TextSource {
  /** Block `block`'s normalised text ('' for a block the chapter does not have). */
  text(chapterId: string, block: number): string;
  /** Every block's text of a chapter. */
  all(chapterId: string): string[];
}

/** Where a stored position is on this page, and which rule found it. */
export interface Place {
  chapterId: string;
  /** The chapter's index among the page's chapters. */
  chapterIndex: number;
  block: number;
  offset: number;
  rule: PositionRule;
}

/**
 * Finds a stored reading position on this page (issue 10): the same block at the same index
 * (its fingerprint agrees: the common case, checked without reading the whole chapter), else the
 * block moved, the text quoted from the position, a near match, and at last the stored fraction
 * of the chapter: never the top. Null when the position's chapter is not on this page.
 */
export function placePosition(
  story: Story,
  texts: TextSource,
  position: PositionFields,
): Place | null {
  const chapterIndex = story.chapters.findIndex((c) => c.id === position.chapterId);
  const chapter = story.chapters[chapterIndex];
  if (!chapter || chapter.blocks.length === 0) return null;
  const here = texts.text(chapter.id, position.block);
  if (
    position.block < chapter.blocks.length &&
    blockFingerprint(here).slice(0, LIMITS.blockHash) === position.blockHash
  ) {
    const offset = Math.min(position.offset, here.length);
    return {
      chapterId: chapter.id,
      chapterIndex,
      block: position.block,
      offset,
      rule: 'same-block',
    };
  }
  const blocks = texts.all(chapter.id);
  const whole = chapterText(blocks);
  const hint =
    (whole.blockStarts[Math.min(position.block, blocks.length - 1)] ?? 0) + position.offset;
  const found = resolvePosition(
    {
      chapterId: chapter.id,
      start: { block: position.block, offset: position.offset },
      end: { block: position.block, offset: position.offset },
      chapterStart: hint,
      chapterEnd: hint,
      chapterLength: whole.text.length,
      exact: '',
      prefix: '',
      suffix: position.quote.slice(0, CONTEXT_CHARS),
      blockHash: position.blockHash,
    },
    { blocks },
    position.chapterFraction,
  );
  if (!found) return null;
  return {
    chapterId: chapter.id,
    chapterIndex,
    block: found.block,
    offset: found.offset,
    rule: found.rule,
  };
}
