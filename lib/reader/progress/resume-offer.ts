import type { StampedPosition } from '../../progress/position';
import type { Story } from '../../sites/types';
import type { ResumeBehaviour } from '../../settings/values';
import type { Place } from './place-position';

/** What to do with a saved place when the reader opens. */
export type ResumeOffer =
  /** Land on it (it is on this page). */
  | { kind: 'land'; place: Place }
  /** Offer it, quietly: a bar with one action. */
  | { kind: 'offer'; label: string; place?: Place; url?: string };

/** "Chapter 7", "this chapter", for the offer's wording. */
function chapterLabel(story: Story, position: StampedPosition): string {
  const inToc = story.toc.findIndex((t) => t.chapterId === position.chapterId);
  const number = inToc >= 0 ? inToc + 1 : position.chapterIndex + 1;
  return story.view === 'single' ? 'where you left off' : `chapter ${number}`;
}

/** "2 days ago", "just now": how long ago a stamp was. */
export function ago(at: number, now: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/**
 * What to do with the saved place (issue 10). On this page: land on it by itself, or offer it
 * ('ask'). On another page of the work: offer to go there (the reader never fetches a page it
 * was not asked for: going is a navigation the reader chooses). Nothing when the reader is at
 * the saved place already, or the behaviour is 'off'.
 */
export function resumeOffer(options: {
  story: Story;
  saved: StampedPosition | undefined;
  place: Place | null;
  behaviour: ResumeBehaviour;
  /** Where the saved chapter can be read, when it is not on this page. */
  url: string | undefined;
  now: number;
}): ResumeOffer | null {
  const { story, saved, place, behaviour, now } = options;
  if (!saved || behaviour === 'off') return null;
  const percent = Math.round(saved.chapterFraction * 100);
  const where = chapterLabel(story, saved);
  const label = `Continue at ${where}${story.view === 'single' ? '' : `, ${percent}%`} (${ago(saved.at, now)})`;
  if (place) {
    // Opening a chapter at its very top is not a place worth offering.
    if (place.block === 0 && place.offset === 0) return null;
    return behaviour === 'auto' ? { kind: 'land', place } : { kind: 'offer', label, place };
  }
  return options.url ? { kind: 'offer', label, url: options.url } : null;
}

/** Where the saved chapter can be read: the site's chapter URL from the page's list. */
export function savedChapterUrl(story: Story, saved: StampedPosition, workLastUrl?: string) {
  const entry = story.toc.find((t) => t.chapterId === saved.chapterId);
  if (entry) return entry.url;
  const ofPage = story.chapters.find((c) => c.id === saved.chapterId)?.url;
  return ofPage ?? workLastUrl;
}
