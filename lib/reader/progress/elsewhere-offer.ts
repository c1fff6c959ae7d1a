import { compareLocation, type Position, type StampedPosition } from '../../progress/position';
import type { Story } from '../../sites/types';
import type { ChapterTexts } from './chapter-texts';
import { placePosition } from './place-position';
import { savedChapterUrl, type ResumeOffer } from './resume-offer';

/**
 * Another tab of the work moved (issue 10): its place, offered here as "You read on to chapter 9
 * in another tab" (or "went back"), to land on if it is on this page, or to go to. Never a
 * scroll by itself: the reader may be reading this tab. Null when it is where this tab is.
 */
export function elsewhereOffer(options: {
  story: Story;
  texts: ChapterTexts;
  /** The other tab's place, as the background now has it. */
  last: StampedPosition;
  /** This tab's place. */
  here: Position | null;
  workLastUrl?: string;
}): Extract<ResumeOffer, { kind: 'offer' }> | null {
  const { story, texts, last, here } = options;
  if (here && here.chapterId === last.chapterId && here.block === last.block) return null;
  const onPage = story.chapters.some((c) => c.id === last.chapterId);
  const place = onPage ? placePosition(story, texts, last) : null;
  const url = onPage ? undefined : savedChapterUrl(story, last, options.workLastUrl);
  if (!place && !url) return null;
  const inToc = story.toc.findIndex((t) => t.chapterId === last.chapterId);
  const chapter = `chapter ${(inToc >= 0 ? inToc : last.chapterIndex) + 1}`;
  const ahead = !here || compareLocation(last, here) > 0;
  const label =
    story.view === 'single'
      ? `You ${ahead ? 'read on' : 'went back'} in another tab`
      : `You ${ahead ? 'read on to' : 'went back to'} ${chapter} in another tab`;
  return { kind: 'offer', label, ...(place ? { place } : {}), ...(url ? { url } : {}) };
}

/** "Last read: chapter 2, …": where and when, from what the background had at opening. */
export function lastReadOf(options: {
  last: StampedPosition | undefined;
  chapterNumber: number | undefined;
}): { chapterLabel: string; at: number } | null {
  const { last } = options;
  if (!last) return null;
  return { chapterLabel: `chapter ${options.chapterNumber ?? last.chapterIndex + 1}`, at: last.at };
}
