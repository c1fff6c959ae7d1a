import type { Story } from '../../sites/types';
import { scrollToPlace, visibleTop } from './page-geometry';
import { PageMap } from './page-map';
import { StoryTexts } from './story-texts';

/**
 * Scrolls the site's own page to a paragraph of the story (the reader closed there, issue 13):
 * the page shows what the reader was reading, not where the page was left. False when the
 * paragraph is not on the page.
 */
export function showOnPage(
  doc: Document,
  story: Story,
  place: { chapterId: string; block: number; offset?: number },
): boolean {
  const chapterIndex = story.chapters.findIndex((c) => c.id === place.chapterId);
  if (chapterIndex < 0) return false;
  const map = PageMap.build(doc.body, story, new StoryTexts(story));
  const target = { chapterIndex, block: place.block, offset: place.offset ?? 0 };
  return scrollToPlace(map, target, visibleTop(doc));
}
