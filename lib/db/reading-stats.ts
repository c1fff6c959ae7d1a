import { localDay } from '../progress/activity';
import type { ReadThrough } from '../progress/read-through';

/** The reading done in one week or month. */
export interface PeriodStat {
  /** The period's first day, `YYYY-MM-DD` (weeks start on Monday). */
  start: string;
  words: number;
  activeMs: number;
  /** Read-throughs finished in the period. */
  finished: number;
}

/** The reader's own speed, measured from what they read. */
export interface SpeedEstimate {
  wpm: number;
  /** Minutes of reading it is measured from. */
  minutes: number;
}

/** "Your reading, in numbers". */
export interface ReadingStats {
  /** The last `weeks` weeks and `months` months, oldest first, empty ones included. */
  weeks: PeriodStat[];
  months: PeriodStat[];
  totals: { words: number; activeMs: number; finished: number; days: number };
  /** Absent until there is enough reading to measure (SPEED_MIN_MINUTES). */
  speed?: SpeedEstimate;
}

/** A day's reading in a work, as the activity store keeps it. */
interface DayCounts {
  day: string;
  activeMs: number;
  words: number;
}

/** The speed is measured over this many recent days, from this much reading at least. */
export const SPEED_WINDOW_DAYS = 90;
export const SPEED_MIN_MINUTES = 10;
/** A day in a work with less active time says more about opening a page than about reading. */
const SPEED_MIN_DAY_MS = 60_000;

const DAY_MS = 86_400_000;
const parseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};
const weekStart = (day: string) => {
  const date = parseDay(day);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date.getTime());
};
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

function periods(count: number, now: number, step: (d: Date, i: number) => void) {
  const out: PeriodStat[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const date = new Date(now);
    step(date, i);
    out.push({ start: localDay(date.getTime()), words: 0, activeMs: 0, finished: 0 });
  }
  return out;
}

/** Sums the activity store into weeks and months, and measures the reader's speed. */
export function readingStats(
  activity: readonly DayCounts[],
  readThroughs: readonly (readonly ReadThrough[])[],
  now: number,
  { weeks = 12, months = 12 } = {},
): ReadingStats {
  const thisWeek = parseDay(weekStart(localDay(now)));
  const weekList = periods(weeks, thisWeek.getTime(), (d, i) => d.setDate(d.getDate() - 7 * i));
  const monthList = periods(months, now, (d, i) =>
    d.setFullYear(d.getFullYear(), d.getMonth() - i, 1),
  );
  const byWeek = new Map(weekList.map((p) => [p.start, p]));
  const byMonth = new Map(monthList.map((p) => [p.start, p]));
  const totals = { words: 0, activeMs: 0, finished: 0, days: 0 };
  const days = new Set<string>();
  const since = localDay(now - SPEED_WINDOW_DAYS * DAY_MS);
  let speedWords = 0;
  let speedMs = 0;
  for (const a of activity) {
    for (const p of [byWeek.get(weekStart(a.day)), byMonth.get(monthStart(a.day))]) {
      if (!p) continue;
      p.words += a.words;
      p.activeMs += a.activeMs;
    }
    totals.words += a.words;
    totals.activeMs += a.activeMs;
    if (a.activeMs > 0) days.add(a.day);
    if (a.day >= since && a.activeMs >= SPEED_MIN_DAY_MS && a.words > 0) {
      speedWords += a.words;
      speedMs += a.activeMs;
    }
  }
  for (const list of readThroughs) {
    for (const { finishedAt } of list) {
      if (finishedAt === undefined) continue;
      const day = localDay(finishedAt);
      totals.finished++;
      for (const p of [byWeek.get(weekStart(day)), byMonth.get(monthStart(day))]) {
        if (p) p.finished++;
      }
    }
  }
  totals.days = days.size;
  const minutes = speedMs / 60_000;
  const speed =
    minutes >= SPEED_MIN_MINUTES
      ? { wpm: Math.round(speedWords / minutes / 10) * 10, minutes: Math.round(minutes) }
      : undefined;
  return { weeks: weekList, months: monthList, totals, ...(speed ? { speed } : {}) };
}
