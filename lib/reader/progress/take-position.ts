import { blockFingerprint } from '../../anchoring/fingerprint';
import { LIMITS } from '../../messaging/limits';
import type { PositionFields } from '../../progress/position-fields';
import type { Story } from '../../sites/types';
import { chapterOrder } from './chapter-order';
import type { TextSource } from './place-position';

/** Words before a block of a chapter: the reader's rendered blocks, or a page's own. */
export interface WordCounts {
  wordsBefore(chapterId: string, block: number): number;
}

/** Where the first visible line is: the chapter, the block, and the offset where it starts. */
export interface TopOfScreen {
  chapterIndex: number;
  block: number;
  /** The line's first character, in the block's normalised text. */
  offset: number;
}

/**
 * The reading position at the top of the screen (issue 10): the block and the character where
 * the first visible line starts, the block's fingerprint and the text from there (the quote that
 * re-finds it after an edit), and how far through the chapter and the work by words.
 */
export function takePosition(
  story: Story,
  counts: WordCounts,
  texts: TextSource,
  top: TopOfScreen,
): PositionFields | null {
  const chapter = story.chapters[top.chapterIndex];
  if (!chapter || chapter.blocks.length === 0) return null;
  const text = texts.text(chapter.id, top.block);
  const offset = Math.min(text.length, Math.max(0, top.offset));
  const wordsBefore = counts.wordsBefore(chapter.id, top.block);
  const words = Math.max(1, chapter.words);
  const chapterFraction = Math.min(1, wordsBefore / words);
  const workWords = story.chapters.reduce((n, c) => n + c.words, 0);
  const before = story.chapters.slice(0, top.chapterIndex).reduce((n, c) => n + c.words, 0);
  const entire = story.view === 'entire' && workWords > 0;
  return {
    chapterId: chapter.id,
    chapterIndex: chapterOrder(story, top.chapterIndex),
    block: top.block,
    offset,
    blockHash: blockFingerprint(text).slice(0, LIMITS.blockHash),
    quote: text.slice(offset, offset + LIMITS.quote),
    chapterFraction,
    ...(entire ? { workFraction: Math.min(1, (before + wordsBefore) / workWords) } : {}),
  };
}
