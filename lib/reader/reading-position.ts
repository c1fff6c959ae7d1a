import type { Story } from '../sites/types';
import type { RendererRegistry } from './renderer-registry';

/** Where the reader is: the chapter, the first block on screen, and how much is left. */
export interface ReadingPosition {
  chapterId: string;
  chapterIndex: number;
  block: number;
  /** 0..1 through the chapter, by words. */
  chapterProgress: number;
  wordsLeftInChapter: number;
  wordsLeftInWork: number;
}

/** Index of the first element whose bottom is below `top` (elements in document order). */
function firstBelow(elements: ArrayLike<Element>, top: number): number {
  let lo = 0;
  let hi = elements.length - 1;
  let found = elements.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const element = elements[mid];
    if (element && element.getBoundingClientRect().bottom > top) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/**
 * Finds the reading position under the top of the viewport. Chapter sections are searched
 * first, then the chapter's rendered blocks (see TextRenderer.blockAt), so only what is on
 * screen is measured.
 */
export function readingPosition(
  story: Story,
  sections: ArrayLike<Element>,
  registry: RendererRegistry,
  top: number,
): ReadingPosition | null {
  if (sections.length === 0) return null;
  const chapterIndex = Math.min(firstBelow(sections, top), sections.length - 1);
  const chapter = story.chapters[chapterIndex];
  if (!chapter || registry.renderedCount(chapter.id) === 0) return null;
  const block = registry.blockAt(chapter.id, top) ?? 0;
  const before = registry.wordsBefore(chapter.id, block);
  const wordsLeftInChapter = Math.max(0, chapter.words - before);
  const later = story.chapters.slice(chapterIndex + 1).reduce((n, c) => n + c.words, 0);
  let wordsLeftInWork = wordsLeftInChapter + later;
  if (story.view === 'chapter')
    wordsLeftInWork = wordsLeftAfterChapter(story, chapter.words, wordsLeftInChapter);
  return {
    chapterId: chapter.id,
    chapterIndex,
    block,
    chapterProgress: chapter.words > 0 ? Math.min(1, before / chapter.words) : 0,
    wordsLeftInChapter,
    wordsLeftInWork,
  };
}

/**
 * Words left in the work when only one chapter is on the page: what is left of this chapter, and
 * the chapters after it estimated from the length of the others (the work's stated words, less
 * this chapter's). Nothing after the last chapter.
 */
export function wordsLeftAfterChapter(
  story: Story,
  chapterWords: number,
  leftInChapter: number,
): number {
  if (!story.words) return leftInChapter;
  const current = Math.max(
    0,
    story.toc.findIndex((t) => t.current),
  );
  const written = Math.max(story.toc.length, 1);
  const after = Math.max(0, written - current - 1);
  const perOther = written > 1 ? Math.max(0, story.words - chapterWords) / (written - 1) : 0;
  return leftInChapter + Math.round(perOther * after);
}
