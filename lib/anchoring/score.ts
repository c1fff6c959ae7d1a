import search from 'approx-string-match';

/**
 * How well a candidate place agrees with a stored quote: Hypothesis's weights (quote 50, prefix
 * 20, suffix 20, position 2). Position only breaks near-ties: the context is what tells two equal
 * quotes apart, so a paragraph inserted above (which moves every offset) changes little.
 */

/** Weights of the parts of a score (Hypothesis's `matchQuote`). */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Agreement of a context side that counts as close (3 errors in 32 characters). */
export const STRONG_SIDE = 0.9;
/** A stored context side shorter than this (near a chapter's edge) proves little by itself. */
export const MIN_SIDE_CHARS = 8;

/** Stored context of a quote and the offset where it is expected. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Expected start offset in the searched text. */
  hint: number;
}

/** A scored candidate: offsets in the searched text and its parts, each 0..1. */
export interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  /** Mean of prefix and suffix agreement. */
  context: number;
  /**
   * One side agrees closely (at least STRONG_SIDE over at least MIN_SIDE_CHARS, or both at the
   * chapter's edge): an edit next to a quote changes one side of it, rarely both.
   */
  anchored: boolean;
  /** Agreement of the text alone (quote and context, without position), 0..1. */
  evidence: number;
  /** Hypothesis's score: the evidence and closeness to the expected place, 0..1. */
  score: number;
}

/**
 * 0..1: how much of `expected` is in `actual`, as 1 - edit errors / length. Unrelated English
 * scores about 0.3 for 32 characters (0.44 at the 99th percentile), which the thresholds allow
 * for. An empty expected context (the quote was at the chapter's edge) agrees fully only with a
 * place at the edge, and half elsewhere: neither a reason to pick a place nor to reject it.
 */
export function similarity(actual: string, expected: string, atEdge: boolean): number {
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/** Scores the candidate [start, end) of `text` found with `errors` edits of a quote. */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  errors: number,
  quoteLength: number,
  context: QuoteContext,
): Scored {
  const quote = quoteLength > 0 ? Math.max(0, 1 - errors / quoteLength) : 1;
  const before = text.slice(Math.max(0, start - context.prefix.length), start);
  const after = text.slice(end, end + context.suffix.length);
  const prefix = similarity(before, context.prefix, start === 0);
  const suffix = similarity(after, context.suffix, end === text.length);
  const position = 1 - Math.min(1, Math.abs(start - context.hint) / Math.max(1, text.length));
  const strong = (score: number, stored: string) =>
    score >= STRONG_SIDE && (stored.length >= MIN_SIDE_CHARS || stored.length === 0);
  const agreement = WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix;
  return {
    start,
    end,
    quote,
    prefix,
    suffix,
    context: (prefix + suffix) / 2,
    anchored: strong(prefix, context.prefix) || strong(suffix, context.suffix),
    evidence: agreement / (TOTAL - WEIGHTS.position),
    score: (agreement + WEIGHTS.position * position) / TOTAL,
  };
}

/**
 * Candidates best first: by what the text says, then nearest to the expected place. (Ordering by
 * the total score would let position outweigh a character of context on a long chapter.)
 */
export function byEvidence(hint: number): (a: Scored, b: Scored) => number {
  return (a, b) => b.evidence - a.evidence || Math.abs(a.start - hint) - Math.abs(b.start - hint);
}
