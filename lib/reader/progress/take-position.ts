import { blockFingerprint } from '../../anchoring/fingerprint';
import { LIMITS } from '../../messaging/limits';
import type { Position } from '../../progress/position';
import type { Story } from '../../sites/types';
import type { RendererRegistry } from '../renderer-registry';
import type { ChapterTexts } from './chapter-texts';

/** Where the first visible line is: the chapter, the block, and the offset where it starts. */
export interface TopOfScreen {
  chapterIndex: number;
  block: number;
  /** The line's first character, in the block's normalised text. */
  offset: number;
}

/** A chapter's order in the whole work (0-based): its number on the site, or its place here. */
export function chapterOrder(story: Story, chapterIndex: number): number {
  const chapter = story.chapters[chapterIndex];
  if (story.view === 'entire') return chapterIndex;
  if (chapter?.number !== undefined) return chapter.number - 1;
  const inToc = story.toc.findIndex((t) => t.chapterId === chapter?.id || t.current === true);
  return inToc >= 0 ? inToc : chapterIndex;
}

/**
 * The reading position at the top of the screen (issue 10): the block and the character where
 * the first visible line starts, the block's fingerprint and the text from there (the quote that
 * re-finds it after an edit), and how far through the chapter and the work by words.
 */
export function takePosition(
  story: Story,
  registry: RendererRegistry,
  texts: ChapterTexts,
  top: TopOfScreen,
): Position | null {
  const chapter = story.chapters[top.chapterIndex];
  if (!chapter || chapter.blocks.length === 0) return null;
  const text = texts.text(chapter.id, top.block);
  const offset = Math.min(text.length, Math.max(0, top.offset));
  const wordsBefore = registry.wordsBefore(chapter.id, top.block);
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
