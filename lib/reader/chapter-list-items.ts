import type { Story } from '../sites/types';
import { chapterListLabel } from './chapter-heading';

/** One line of the reader's chapter list. */
export interface ChapterListItem {
  key: string;
  /** The site's chapter id, when known (read marks are kept by it). */
  chapterId?: string;
  label: string;
  /** The chapter's page on the site; absent for a chapter on this page (reached by scrolling). */
  url?: string;
  /** Where the reader is. */
  current: boolean;
  /** The reader has reached the end of this chapter before. */
  read: boolean;
}

/**
 * The chapter list's lines. On a page holding several chapters (an entire work, a forum reader
 * page), the chapters on it; on a chapter page, the site's chapter list, which may be empty
 * (Royal Road's chapter pages list none).
 */
export function chapterListItems(
  story: Story,
  currentChapterId?: string,
  readChapterIds?: ReadonlySet<string>,
): ChapterListItem[] {
  const read = (id: string | undefined) => id !== undefined && (readChapterIds?.has(id) ?? false);
  if (story.view === 'entire' || story.view === 'multi') {
    return story.chapters.map((c, i) => ({
      key: c.id,
      chapterId: c.id,
      // Forum reader pages hold threadmarks 11-20 on page 2: no page-relative numbers.
      label: chapterListLabel(c.title, story.view === 'multi' ? undefined : (c.number ?? i + 1)),
      current: c.id === currentChapterId,
      read: read(c.id),
    }));
  }
  return story.toc.map((entry, i) => ({
    key: entry.url,
    ...(entry.chapterId ? { chapterId: entry.chapterId } : {}),
    label: chapterListLabel(entry.title, i + 1),
    url: entry.url,
    current:
      entry.current === true ||
      (entry.chapterId !== undefined && entry.chapterId === currentChapterId),
    read: read(entry.chapterId),
  }));
}
