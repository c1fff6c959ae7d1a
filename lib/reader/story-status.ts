import type { Story } from '../sites/types';
import type { StatusInput } from './status-line';

/** Where the reader is, as the reader's position tracking finds it. */
export interface StoryPlace {
  /** The chapter on screen, an index into story.chapters. */
  chapterIndex: number;
  /** Words of that chapter before the first block on screen. */
  wordsBefore: number;
}

/**
 * The status line's input for a story: its chapters' words and the site's figures, the chapter's
 * number from the page (or its place in the site's chapter list), and the chapter count from the
 * site (or the length of that list).
 */
export function storyStatusInput(
  story: Story,
  place: StoryPlace,
  atEnd: boolean,
  wpm: number,
): StatusInput {
  const chapter = story.chapters[place.chapterIndex];
  const inToc = story.toc.findIndex(
    (t) => t.current === true || (chapter !== undefined && t.chapterId === chapter.id),
  );
  const chapterNumber = chapter?.number ?? (inToc >= 0 ? inToc + 1 : undefined);
  const chapterCount =
    story.chapterCount ?? (story.toc.length > 0 ? String(story.toc.length) : undefined);
  return {
    view: story.view,
    chapterWords: story.chapters.map((c) => c.words),
    chapterIndex: place.chapterIndex,
    wordsBefore: place.wordsBefore,
    atEnd,
    wpm,
    complete: story.status === 'complete',
    ...(story.words ? { workWords: story.words } : {}),
    ...(chapterCount ? { chapterCount } : {}),
    ...(chapterNumber !== undefined ? { chapterNumber } : {}),
  };
}
