import type { Story } from '../../sites/types';
import { chapterListLabel } from '../chapter-heading';
import type { HighlightColorNames } from './colors';
import type { ExportItem, ExportWork } from './export-formats';
import type { PlacedHighlight } from './reader-highlights';

/** The work as its exports name it. */
export function exportWork(story: Story): ExportWork {
  return { title: story.title, authors: story.authors.map((a) => a.name), url: story.canonicalUrl };
}

/** A chapter's name and page, from this page or the work's chapter list. */
export function chapterOf(story: Story, chapterId: string): { label: string; url: string } {
  const index = story.chapters.findIndex((c) => c.id === chapterId);
  const chapter = story.chapters[index];
  if (chapter) {
    const number = chapter.number ?? (story.view === 'entire' ? index + 1 : undefined);
    const label = chapterListLabel(chapter.title, number);
    return { label, url: chapter.url ?? story.canonicalUrl };
  }
  const toc = story.toc.find((t) => t.chapterId === chapterId);
  return toc
    ? { label: toc.title, url: toc.url }
    : { label: 'Another chapter', url: story.canonicalUrl };
}

/** The highlights, in text order, as exported (each with its colour's name and chapter). */
export function exportItems(
  story: Story,
  items: readonly PlacedHighlight[],
  names: HighlightColorNames,
): ExportItem[] {
  return items.map(({ highlight: h }) => {
    const chapter = chapterOf(story, h.chapterId);
    return {
      quote: h.anchor.exact,
      note: h.note,
      color: h.color,
      colorName: names[h.color],
      chapter: chapter.label,
      url: chapter.url,
      createdAt: h.createdAt,
    };
  });
}
