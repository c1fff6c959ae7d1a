import * as v from 'valibot';

/**
 * The latest stamp accepted anywhere: year 2286. A stamp past it is corrupt, not merely early;
 * stamps in the future but before it are clamped to "now" by whoever imports them.
 */
export const MAX_STAMP = 9_999_999_999_999;

/** A stamp: epoch milliseconds, given by the background's clock. */
export const StampSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STAMP));

/** A value with its own clock, so each field of a record merges on its own. */
export interface Stamped<T> {
  value: T;
  at: number;
}

/** The schema of a stamped value. */
export function stampedSchema<const S extends v.GenericSchema>(schema: S) {
  return v.object({ value: schema, at: StampSchema });
}

/**
 * The stamp for a write: the background's clock, but never at or before the record's newest
 * stamp, so a write always beats what it replaces even if the machine's clock stepped back.
 */
export function nextStamp(now: number, recordClock = 0): number {
  return Math.max(Math.floor(now), recordClock + 1);
}

/** A stamp from elsewhere (a backup) that lies in the future is taken as now (readest #5661). */
export function clampStamp(at: number, now: number): number {
  return Math.min(at, Math.floor(now));
}

/**
 * Orders two values deterministically, so that a merge of equal stamps gives the same answer
 * whichever side is `a` (merge must be commutative for imports to be repeatable).
 */
function tieBreak<T>(a: T, b: T): number {
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja === jb ? 0 : ja > jb ? 1 : -1;
}

/** The newer of two stamped values (the one present, when only one is). */
export function newer<T extends { at: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return tieBreak(a, b) >= 0 ? a : b;
}

/** The larger of two optional numbers (undefined when both are). */
export function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** The smaller of two optional numbers (undefined when both are). */
export function minOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Copies `record` without the keys whose value is undefined (IndexedDB keeps them otherwise). */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
