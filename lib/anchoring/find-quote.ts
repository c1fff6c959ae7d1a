import { matchExact, matchFuzzy } from './match-quote';
import type { QuoteContext, Scored } from './score';

/**
 * The quote half of resolving: exact occurrences anywhere in the chapter, then approximate ones
 * in a window around the expected place, then approximate ones over the whole chapter. The window
 * keeps the common case cheap (an edit near the highlight: a few kB searched instead of the
 * chapter) and also finds the right place when the same words, unedited, occur farther away.
 */

/** Characters searched each side of the expected place before the whole chapter. */
export const FUZZY_WINDOW = 2048;

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
  const from = Math.max(0, Math.min(hint, ...valid) - FUZZY_WINDOW);
  const to = Math.min(text.length, Math.max(hint, ...valid) + quote.length + FUZZY_WINDOW);
  const near = matchFuzzy(text, quote, withHint, from, to);
  if ('found' in near) return { match: near.found, selector: 'fuzzy' };
  if (near.orphan === 'ambiguous') return { orphan: 'ambiguous' };
  // Exact occurrences exist but were all rejected: an approximate search of the whole chapter
  // would report only them again (it keeps the fewest-error matches).
  if (exact.candidates > 0) return { orphan: exact.orphan };
  if (from === 0 && to === text.length) return { orphan: near.orphan };
  const all = matchFuzzy(text, quote, withHint);
  return 'found' in all ? { match: all.found, selector: 'fuzzy' } : { orphan: all.orphan };
}
