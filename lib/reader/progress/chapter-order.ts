import type { Story } from '../../sites/types';

/** A chapter's order in the whole work (0-based): its number on the site, or its place here. */
export function chapterOrder(story: Story, chapterIndex: number): number {
  const chapter = story.chapters[chapterIndex];
  if (story.view === 'entire') return chapterIndex;
  if (chapter?.number !== undefined) return chapter.number - 1;
  const inToc = story.toc.findIndex((t) => t.chapterId === chapter?.id || t.current === true);
  return inToc >= 0 ? inToc : chapterIndex;
}
