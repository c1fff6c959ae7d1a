/**
 * Author's notes written into the chapter text, as on FanFiction.Net and the forums where there is
 * no notes field: "A/N:", "Author's note", "Disclaimer", or a few lines set off from the story by a
 * rule or a line of symbols, at the top or the bottom. What is recognised moves into the chapter's
 * notes (the reader collapses them, never deletes them). When unsure, the text stays story.
 */

// A block that opens with a notes label.
const LABEL =
  /^[\s(*[]*(?:a\/n|a\.n\.?|an|author'?s?'?\s*notes?|authors?\s*notes?|notes?|disclaimers?|warnings?|tw|cw|trigger\s*warnings?|content\s*warnings?|t\/n|translator'?s?\s*notes?|edit(?:ed)?|p\.?s\.?|beta(?:'d)?(?:\s*by|\s*reader)?)\s*[:.)\]\-–—]/i;
const DISCLAIMER = /^[\s(*]*(?:disclaimer|i (?:do not|don'?t) own)\b/i;
// Words authors use talking to readers rather than telling the story.
const READER_TALK =
  /\b(?:reviews?|reviewers?|review(?:ing)?|thanks?|thank you|disclaimer|i (?:do not|don'?t) own|beta(?:'?d| reader)?|update[sd]?|updating|next chapter|this chapter|last chapter|enjoy(?:ed)?|reading|comments?|kudos|follow(?:s|ed|ers)?|fav(?:ou?rite)?s?|patreon|discord|hiatus|r&r|read and review|a\/n)\b/i;

const MAX_SEGMENT_BLOCKS = 12;
/**
 * How many blocks at the end of a chapter are ever looked at: notes (and the rule that sets them
 * off) are only ever found within these. The streaming reader holds this many back while a
 * chapter is still arriving (lib/reader/streaming-policy.ts), so no block it shows can turn into
 * a note later.
 */
export const END_WINDOW_BLOCKS = MAX_SEGMENT_BLOCKS + 2;
const SHORT_SEGMENT = { blocks: 5, words: 150 };

/** True for a scene-break style line: a rule, or only symbols ("_____", "* * *", "xXx", "~o~"). */
export function isSeparator(text: string, html: string): boolean {
  if (/^<hr\b/i.test(html.trim())) return true;
  const t = text.replace(/\s+/g, '');
  // Only dots is an ellipsis (a pause in the telling), not a break.
  return t.length >= 3 && /^[_\-–—=*~+#•·.oOxX<>:|\\/^]+$/.test(t) && !/^[.…]+$/.test(t);
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function looksLikeNotes(texts: string[]): boolean {
  const labelled = texts.some((t) => LABEL.test(t) || DISCLAIMER.test(t));
  if (labelled) return true;
  const words = texts.reduce((n, t) => n + wordsIn(t), 0);
  return (
    texts.length <= SHORT_SEGMENT.blocks &&
    words <= SHORT_SEGMENT.words &&
    texts.some((t) => READER_TALK.test(t))
  );
}

const labelled = (text: string | undefined) =>
  text !== undefined && (LABEL.test(text) || DISCLAIMER.test(text));

/**
 * How many blocks at the start and at the end of a chapter are author's notes. `texts` are the
 * blocks' plain texts and `counts` their words; only the blocks near either end are examined.
 */
export function notesInText(
  rawTexts: readonly string[],
  blocks: readonly string[],
  counts: readonly number[],
): { before: number; after: number } {
  const n = rawTexts.length;
  // Only the ends matter; normalising every block of a long chapter would be wasted work.
  const texts = rawTexts.map((t, i) =>
    i <= MAX_SEGMENT_BLOCKS + 1 || i >= n - END_WINDOW_BLOCKS ? squash(t) : '',
  );
  const total = counts.reduce((a, b) => a + b, 0);
  const small = (from: number, to: number) =>
    counts.slice(from, to).reduce((a, b) => a + b, 0) <= Math.max(40, total * 0.35);

  // Top: a labelled or short reader-talk segment ended by a separator, else labelled paragraphs.
  let before = 0;
  const firstSep = texts.findIndex(
    (t, i) => i <= MAX_SEGMENT_BLOCKS && isSeparator(t, blocks[i] ?? ''),
  );
  if (firstSep > 0 && looksLikeNotes(texts.slice(0, firstSep)) && small(0, firstSep)) {
    before = firstSep + 1;
  } else {
    while (before < texts.length - 1 && labelled(texts[before])) before++;
    if (!small(0, before)) before = 0;
  }

  // Bottom: the same, mirrored.
  let after: number;
  let lastSep = -1;
  for (
    let i = texts.length - 1;
    i >= Math.max(before, texts.length - 1 - MAX_SEGMENT_BLOCKS);
    i--
  ) {
    if (isSeparator(texts[i] ?? '', blocks[i] ?? '')) {
      lastSep = i;
      break;
    }
  }
  if (
    lastSep > before &&
    lastSep < texts.length - 1 &&
    looksLikeNotes(texts.slice(lastSep + 1)) &&
    small(lastSep + 1, texts.length)
  ) {
    after = texts.length - lastSep;
  } else {
    let i = texts.length - 1;
    while (i > before && labelled(texts[i])) i--;
    after = small(i + 1, texts.length) ? texts.length - 1 - i : 0;
  }

  // Never leave a chapter without story.
  if (before + after >= texts.length) return { before: 0, after: 0 };
  return { before, after };
}
