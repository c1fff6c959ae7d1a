import { matchExact, matchFuzzy } from './match-quote';
import type { QuoteContext, Scored } from './score';

/**
 * The quote half of resolving: exact occurrences anywhere in the chapter, then approximate ones
 * in growing windows around the expected place, then over the whole chapter. The windows keep
 * the common case cheap (a typo fixed inside the highlight: a few hundred characters searched
 * instead of the chapter) and find the right place even when the same words, unedited, occur
 * farther away (the search keeps only the fewest-error matches).
 */

/** Characters searched each side of the expected place: a narrow window, then a wide one. */
export const FUZZY_WINDOWS = [256, 2048] as const;
/** The wide window (positions use it too). */
export const FUZZY_WINDOW = FUZZY_WINDOWS[1];

/** Where a quote was found, and how. */
export type FoundQuote =
  | { match: Scored; selector: 'quote' | 'fuzzy' }
  | { orphan: 'not-found' | 'below-threshold' | 'ambiguous' };

/**
 * Finds `quote` in `text`. `hints` are the expected start offsets (block-relative and chapter
 * positions: they differ when blocks before it changed); the window covers them all.
 */
export function findQuote(
  text: string,
  quote: string,
  context: Omit<QuoteContext, 'hint'>,
  hints: readonly number[],
): FoundQuote {
  const valid = hints.filter((h) => h >= 0 && h <= text.length);
  const hint = valid[0] ?? 0;
  const withHint = { ...context, hint };
  const exact = matchExact(text, quote, withHint);
  if ('found' in exact) return { match: exact.found, selector: 'quote' };
  if (exact.orphan === 'ambiguous') return { orphan: 'ambiguous' };
  const low = Math.min(hint, ...valid);
  const high = Math.max(hint, ...valid) + quote.length;
  for (const size of FUZZY_WINDOWS) {
    const from = Math.max(0, low - size);
    const to = Math.min(text.length, high + size);
    const near = matchFuzzy(text, quote, withHint, from, to);
    if ('found' in near) return { match: near.found, selector: 'fuzzy' };
    if (near.orphan === 'ambiguous') return { orphan: 'ambiguous' };
    if (from === 0 && to === text.length)
      return { orphan: exact.candidates ? exact.orphan : near.orphan };
  }
  // Exact occurrences exist but were all rejected: a search of the whole chapter would report
  // only them again (it keeps the fewest-error matches).
  if (exact.candidates > 0) return { orphan: exact.orphan };
  const all = matchFuzzy(text, quote, withHint);
  return 'found' in all ? { match: all.found, selector: 'fuzzy' } : { orphan: all.orphan };
}
