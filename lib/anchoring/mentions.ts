import { normalizeText } from './normalize';
import type { IdentifiedChapterTexts, Mention } from './types';

/**
 * "Every mention of this name" (issue 11): a lens over the work, not stored highlights. A
 * case-insensitive literal regular expression run over each block: V8 scans for a literal at
 * about 1 ms per MB, where lower-casing the text first costs several times that (and can change
 * its length: "İ"), and joining a chapter's blocks first costs more than the scan. The
 * whole-word test is done on the hits, outside the expression: lookarounds with Unicode classes
 * slow every step.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

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

/**
 * Every occurrence of `term` in the chapters, case-insensitive, in text order. A term that starts
 * (ends) with a letter or digit matches only at a word's start (end): "Ann" does not match
 * "Anne" or "planning", but does match "Ann's".
 */
export function findMentions(chapters: readonly IdentifiedChapterTexts[], term: string): Mention[] {
  const wanted = normalizeText(term);
  if (!wanted) return [];
  const literal = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ASCII terms need no Unicode case folding, and the plain engine is faster.
  const pattern = new RegExp(literal, /^[\x20-\x7e]*$/.test(wanted) ? 'gi' : 'giu');
  const wordStart = WORD_CHAR.test(charAt(wanted, 0));
  const wordEnd = WORD_CHAR.test(charBefore(wanted, wanted.length));
  const mentions: Mention[] = [];
  for (const chapter of chapters) {
    chapter.blocks.forEach((text, block) => {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (wordStart && WORD_CHAR.test(charBefore(text, start))) continue;
        if (wordEnd && WORD_CHAR.test(charAt(text, end))) continue;
        mentions.push({
          chapterId: chapter.id,
          start: { block, offset: start },
          end: { block, offset: end },
        });
      }
    });
  }
  return mentions;
}
