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
 * Finds the reading position under the top of the viewport. Chapter sections and chunks are
 * searched first, so only the blocks of the chunk on screen are measured (chunks off screen are
 * not laid out and must not be forced to be).
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
  const renderer = chapter && registry.get(chapter.id);
  if (!chapter || !renderer) return null;
  let block = 0;
  const chunks = renderer.elements[0]?.parentElement?.parentElement?.children;
  if (chunks && chunks.length > 0) {
    const chunk = chunks[Math.min(firstBelow(chunks, top), chunks.length - 1)];
    const first =
      chunk?.children[Math.min(firstBelow(chunk.children, top), chunk.children.length - 1)];
    block = Math.max(0, first ? renderer.elements.indexOf(first) : 0);
  }
  const before = renderer.counts.slice(0, block).reduce((a, b) => a + b, 0);
  const wordsLeftInChapter = Math.max(0, chapter.words - before);
  const later = story.chapters.slice(chapterIndex + 1).reduce((n, c) => n + c.words, 0);
  let wordsLeftInWork = wordsLeftInChapter + later;
  if (story.view === 'chapter' && story.words) {
    // Only this chapter is on the page: estimate the rest of the work from its stated length.
    const current = Math.max(
      0,
      story.toc.findIndex((t) => t.current),
    );
    const written = Math.max(story.toc.length, 1);
    const perChapter = story.words / written;
    wordsLeftInWork = Math.max(
      wordsLeftInChapter,
      Math.round(story.words - perChapter * current - before),
    );
  }
  return {
    chapterId: chapter.id,
    chapterIndex,
    block,
    chapterProgress: chapter.words > 0 ? Math.min(1, before / chapter.words) : 0,
    wordsLeftInChapter,
    wordsLeftInWork,
  };
}
