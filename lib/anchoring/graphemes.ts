/**
 * Grapheme edges. A highlight boundary inside a surrogate pair (emoji) or between a letter and its
 * combining accent would draw half a character and store a lone surrogate, so every boundary that
 * comes from a selection or a fuzzy match is moved outward to the nearest whole-character edge.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Graphemes are short: the edges near an offset are stable within this many code units.
const WINDOW = 32;

// Only a boundary next to a non-ASCII character can cut one (no \r\n in normalised text).
const NON_ASCII = /[\u0080-\uffff]/;

function needsCheck(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return NON_ASCII.test(text.slice(offset - 1, offset + 1));
}

function edgesAround(text: string, offset: number): { before: number; after: number } {
  const from = Math.max(0, offset - WINDOW);
  const to = Math.min(text.length, offset + WINDOW);
  let before = from;
  let after = to;
  for (const { index } of segmenter.segment(text.slice(from, to))) {
    const edge = from + index;
    if (edge <= offset) before = edge;
    else {
      after = edge;
      break;
    }
  }
  return { before, after: before === offset ? offset : after };
}

/** The nearest character edge at or before `offset` (for range starts and positions). */
export function graphemeStart(text: string, offset: number): number {
  return needsCheck(text, offset) ? edgesAround(text, offset).before : offset;
}

/** The nearest character edge at or after `offset` (for range ends). */
export function graphemeEnd(text: string, offset: number): number {
  return needsCheck(text, offset) ? edgesAround(text, offset).after : offset;
}
