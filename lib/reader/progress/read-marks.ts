/**
 * When a chapter counts as read (issue 10, USERS.md on read marks): its end has been on screen,
 * after a minimum time on the page. A one-shot read to its end counts; a chapter opened and
 * closed at the top does not, nor one scrolled to the bottom in a second.
 */

/** The least time on the page before an end on screen marks a chapter read. */
export const MIN_READ_MS = 3_000;
/** The most it can ask for, however long the chapter. */
export const MAX_READ_MS = 60_000;
/** The share of the chapter's reading time (at the reader's speed) it asks for, in between. */
export const READ_SHARE = 0.1;

/** Milliseconds on the page a chapter of `words` words asks for before it can count as read. */
export function minimumReadMs(words: number, wpm: number): number {
  const readingMs = (words / Math.max(1, wpm)) * 60_000;
  return Math.min(MAX_READ_MS, Math.max(MIN_READ_MS, readingMs * READ_SHARE));
}

/** True when a chapter whose end is on screen counts as read now. */
export function countsAsRead(options: {
  endOnScreen: boolean;
  msOnPage: number;
  words: number;
  wpm: number;
}): boolean {
  return options.endOnScreen && options.msOnPage >= minimumReadMs(options.words, options.wpm);
}
