/** How long ago something happened, in words ("3 days ago", "yesterday"). Pure: `now` is given. */

const FORMAT = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

// Each unit is used below the next one's threshold, in seconds.
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', 60, 3600],
  ['hour', 3600, 86_400],
  ['day', 86_400, 7 * 86_400],
  ['week', 7 * 86_400, 30 * 86_400],
  ['month', 30 * 86_400, 365 * 86_400],
  ['year', 365 * 86_400, Infinity],
];

/**
 * "just now", "5 minutes ago", "1 hour ago", "yesterday", "3 days ago", "last week", "2 months
 * ago". A time in the future (another device's clock ahead of this one) is "just now".
 */
export function relativeTime(at: number, now: number): string {
  const seconds = (now - at) / 1000;
  if (!Number.isFinite(seconds) || seconds < 60) return 'just now';
  for (const [unit, size, below] of UNITS) {
    if (seconds < below) return FORMAT.format(-Math.floor(seconds / size), unit);
  }
  return 'just now';
}

/** When and where the reader last read a work. */
export interface LastRead {
  /** Where, as the reader would say it: "chapter 2", "the end". Empty when unknown. */
  chapterLabel: string;
  /** When, in epoch milliseconds. */
  at: number;
}

/** "Last read: chapter 2, 3 days ago", or "Last read 3 days ago" when the chapter is unknown. */
export function lastReadText(last: LastRead, now: number): string {
  const when = relativeTime(last.at, now);
  const where = last.chapterLabel.trim();
  return where ? `Last read: ${where}, ${when}` : `Last read ${when}`;
}
