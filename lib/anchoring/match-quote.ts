import search from 'approx-string-match';
import { byEvidence, scoreCandidate, type QuoteContext, type Scored } from './score';

/**
 * Finding a stored quote in a chapter's text: exact occurrences first, then approximate ones
 * (approx-string-match, Myers' bit-parallel algorithm). A highlight must never land on wrong
 * text, so a candidate needs evidence in proportion to how little the quote says by itself: a
 * long quote found once stands alone; a short or repeated one needs its context; two candidates
 * the evidence cannot tell apart make an orphan, not a guess.
 */

/** A quote at least this long, found exactly once, is taken whatever its context. */
export const DISTINCTIVE_CHARS = 32;
/** A fuzzy match at least this long and this close, found once, is taken whatever its context. */
export const DISTINCTIVE_FUZZY = { chars: 64, quote: 0.9 } as const;
/**
 * Otherwise the context must agree closely on one side (Scored.anchored: a place that only half
 * resembles both sides is another place) and at least this much on average (unrelated text
 * agrees about 0.3).
 */
export const MIN_CONTEXT = 0.5;
/** Least total score (Hypothesis's weights, 0..1). */
export const MIN_SCORE = 0.75;
/** Candidates whose evidence differs by less than this are a tie (one character of context
 * out of 64 is about 0.007). */
export const TIE = 0.005;

/** The outcome of a search: the place, or why there is none. */
export type QuoteMatch =
  { found: Scored } | { orphan: 'not-found' | 'below-threshold' | 'ambiguous'; candidates: number };

/** True when a candidate alone is good enough (before comparing it with the others). */
function acceptable(best: Scored, length: number, unique: boolean): boolean {
  if (unique && best.quote === 1 && length >= DISTINCTIVE_CHARS) return true;
  if (unique && best.quote >= DISTINCTIVE_FUZZY.quote && length >= DISTINCTIVE_FUZZY.chars) {
    return true;
  }
  return best.anchored && best.context >= MIN_CONTEXT && best.score >= MIN_SCORE;
}

/** Picks the best of scored candidates (each overlapping none of the others), or an orphan. */
export function decide(candidates: Scored[], length: number, hint: number): QuoteMatch {
  const n = candidates.length;
  const [best, second] = candidates.sort(byEvidence(hint));
  if (!best) return { orphan: 'not-found', candidates: 0 };
  if (!acceptable(best, length, n === 1)) return { orphan: 'below-threshold', candidates: n };
  if (!second || best.evidence - second.evidence >= TIE) return { found: best };
  // The same text around both: only the expected place can tell, and only when one is clearly
  // nearer (the other at least twice as far).
  const near = Math.abs(best.start - hint);
  const far = Math.abs(second.start - hint);
  return near * 2 < far ? { found: best } : { orphan: 'ambiguous', candidates: n };
}

/** Every exact occurrence of `quote` in `text`, scored, and the decision between them. */
export function matchExact(text: string, quote: string, context: QuoteContext): QuoteMatch {
  if (quote.length === 0) return { orphan: 'not-found', candidates: 0 };
  const found: Scored[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
    found.push(scoreCandidate(text, at, at + quote.length, 0, quote.length, context));
  }
  return decide(found, quote.length, context.hint);
}

/** Keeps the best-scored candidate of each group of overlapping ones. */
function separate(candidates: Scored[], hint: number): Scored[] {
  const kept: Scored[] = [];
  for (const c of candidates.sort(byEvidence(hint))) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept;
}

/**
 * Approximate occurrences of `quote` in `text` (or in `text.slice(from, to)`), with at most
 * min(256, half the quote) errors as Hypothesis allows, scored on the whole text.
 */
export function matchFuzzy(
  text: string,
  quote: string,
  context: QuoteContext,
  from = 0,
  to = text.length,
): QuoteMatch {
  if (quote.length === 0) return { orphan: 'not-found', candidates: 0 };
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const matches = search(text.slice(from, to), quote, maxErrors);
  const scored = matches.map((m) =>
    scoreCandidate(text, from + m.start, from + m.end, m.errors, quote.length, context),
  );
  return decide(separate(scored, context.hint), quote.length, context.hint);
}
