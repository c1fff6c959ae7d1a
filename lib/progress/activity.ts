/** The background's local calendar day of a stamp, `YYYY-MM-DD`: the key of daily activity. */
export function localDay(stamp: number): string {
  const d = new Date(stamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A day's reading in one work. */
export interface ActivityCounts {
  activeMs: number;
  words: number;
  updatedAt: number;
}

/** Two copies of a day's reading: the larger of each counter (a copy of the same profile adds nothing). */
export function mergeActivity<T extends ActivityCounts>(a: T, b: T): T {
  return {
    ...a,
    ...b,
    activeMs: Math.max(a.activeMs, b.activeMs),
    words: Math.max(a.words, b.words),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}
