import type { WorkSummary } from '@/lib/messaging/wire';
import { isKnownSiteId, siteUrlsOf } from '@/lib/sites/site-urls';

// How the popup and the library say numbers, times and places: plainly, in words.

/** "Archive of Our Own", "a web page", or another AO3 install's host. */
export function siteName(site: string): string {
  if (isKnownSiteId(site)) return siteUrlsOf(site).name;
  if (site.startsWith('otw:')) return site.slice(4);
  return 'a web page';
}

/** "2 h 5 min", "12 min", "under a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'under a minute' : 'no time yet';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "12 Mar 2024". */
export function formatAgo(stamp: number, now: number): string {
  const minutes = Math.floor((now - stamp) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return new Date(stamp).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** "1,234". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** How far through the work, 0..1: the furthest place's share of the words, else chapters read. */
export function workProgress(work: WorkSummary): number {
  const fraction = work.furthest?.workFraction;
  if (fraction !== undefined) return fraction;
  const total = work.chapters.total;
  if (total && total > 0) {
    const furthest = work.furthest ? work.furthest.chapterIndex + work.furthest.chapterFraction : 0;
    return Math.min(1, Math.max(work.chapters.read, furthest) / total);
  }
  return work.furthest?.chapterFraction ?? 0;
}

/**
 * "Chapter 3 of 12", "Chapter 3", or nothing before any reading; with the chapter's title when
 * it says more than its number ("Chapter 3 of 12: The Spouter-Inn").
 */
export function chapterLine(work: WorkSummary, title?: string): string | undefined {
  const place = work.last ?? work.furthest;
  if (!place) return undefined;
  const total = work.chapters.total;
  const n = place.chapterIndex + 1;
  const line =
    total && total > 1 ? `Chapter ${n} of ${total}` : total === 1 ? 'One-shot' : `Chapter ${n}`;
  return withTitle(line, title);
}

/** True when a chapter's title says no more than its number ("Chapter 3", "3."). */
const bareTitle = (title?: string) => !title || /^(chapter\s*)?\d+\.?$/i.test(title.trim());
const withTitle = (line: string, title?: string) => (bareTitle(title) ? line : `${line}: ${title}`);

/** "Chapter 3: The Spouter-Inn", or "Chapter 3" when the title is only the number. */
export function namedChapter(number: number, title?: string): string {
  return withTitle(`Chapter ${number}`, title);
}

/** "2 new chapters since you read", or nothing. */
export function newChaptersLine(work: WorkSummary): string | undefined {
  const n = work.chapters.new;
  return n > 0 ? `${n} new chapter${n === 1 ? '' : 's'} since you read` : undefined;
}

/** "read twice", "read 3 times", or nothing for none or one. */
export function readThroughsLine(n: number): string | undefined {
  if (n < 2) return undefined;
  return n === 2 ? 'read twice' : `read ${n} times`;
}

/** The reader's status, in words. */
export const STATUS_LABELS = {
  reading: 'Reading',
  finished: 'Finished',
  'plan-to-read': 'Plan to read',
  'on-hold': 'On hold',
  dropped: 'Dropped',
} as const satisfies Record<WorkSummary['status'], string>;
