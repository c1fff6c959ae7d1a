/**
 * Whether a chapter's title already says which chapter it is. Royal Road titles read "Chapter 1:
 * Loomings" and FFN authors write "Ch 10: ..."; a reader that also shows "Chapter 1" above such a
 * title says it twice (issue 13).
 */

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

// "Chapter 1", "Ch. 1", "Chap 1", "Chapter One", "1.", "1:", "1 -" at the start of the title.
const LABELLED = /^(?:chapter|chap\.?|ch\.?)\s*([0-9]+|[a-z]+)\b/i;
const BARE = /^([0-9]+)\s*(?:[.:)\]–—-]|$)/;

/** The number a title opens with ("Chapter Two: ..." -> 2), or undefined. */
export function numberInTitle(title: string | undefined): number | undefined {
  const text = (title ?? '').trim();
  const word = LABELLED.exec(text)?.[1] ?? BARE.exec(text)?.[1];
  if (word === undefined) return undefined;
  if (/^[0-9]+$/.test(word)) return Number(word);
  const index = WORDS.indexOf(word.toLowerCase());
  return index >= 0 ? index : undefined;
}

/**
 * True when `title` opens with this chapter's number (`number`, 1-based), so "Chapter N" need
 * not be shown above it. A title numbered differently ("Ch 10" for the eleventh chapter) is the
 * author's own count: it is false then, and a reader may show both.
 */
export function titleStatesNumber(title: string | undefined, number: number | undefined): boolean {
  if (number === undefined) return numberInTitle(title) !== undefined;
  return numberInTitle(title) === number;
}
