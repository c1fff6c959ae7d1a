import { chapterText, normalizeText } from './normalize';
import type { IdentifiedChapterTexts, Mention } from './types';

/**
 * "Every mention of this name" (issue 11): a lens over the work, not stored highlights. One
 * indexOf pass over each chapter's lower-cased text (cached per chapter, like its joined text),
 * so ~2,000 hits in a 500,000-word work cost a few milliseconds.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const lowerCache = new WeakMap<readonly string[], string | null>();

/** The chapter's text lower-cased, or null when that would change its length (e.g. "İ"). */
function lowered(blocks: readonly string[]): string | null {
  const cached = lowerCache.get(blocks);
  if (cached !== undefined) return cached;
  const { text } = chapterText(blocks);
  const lower = text.toLowerCase();
  const result = lower.length === text.length ? lower : null;
  lowerCache.set(blocks, result);
  return result;
}

/** The code point ending just before `index` / starting at `index`, as a string. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : index - 1, index);
}

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Occurrences [start, end) of `term` in `text`, case-insensitive. */
function occurrences(text: string, lower: string | null, term: string): [number, number][] {
  const found: [number, number][] = [];
  const needle = term.toLowerCase();
  if (lower !== null && needle.length === term.length) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      found.push([at, at + needle.length]);
    }
    return found;
  }
  const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  for (const m of text.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
  return found;
}

/**
 * Every occurrence of `term` in the chapters, case-insensitive, in text order. A term that starts
 * (ends) with a letter or digit matches only at a word's start (end): "Ann" does not match
 * "Anne" or "planning", but does match "Ann's".
 */
export function findMentions(chapters: readonly IdentifiedChapterTexts[], term: string): Mention[] {
  const wanted = normalizeText(term);
  if (!wanted) return [];
  const wordStart = WORD_CHAR.test(charAt(wanted, 0));
  const wordEnd = WORD_CHAR.test(charBefore(wanted, wanted.length));
  const mentions: Mention[] = [];
  for (const chapter of chapters) {
    const { text, blockStarts } = chapterText(chapter.blocks);
    let block = 0;
    for (const [start, end] of occurrences(text, lowered(chapter.blocks), wanted)) {
      if (wordStart && WORD_CHAR.test(charBefore(text, start))) continue;
      if (wordEnd && WORD_CHAR.test(charAt(text, end))) continue;
      // Hits come in text order: walk the blocks forward instead of searching each time.
      while ((blockStarts[block + 1] ?? Infinity) <= start) block++;
      const offset = blockStarts[block] ?? 0;
      mentions.push({
        chapterId: chapter.id,
        start: { block, offset: start - offset },
        end: { block, offset: end - offset },
      });
    }
  }
  return mentions;
}
