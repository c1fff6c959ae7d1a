import { describeText } from '../../lib/anchoring/describe';
import { normalizeText } from '../../lib/anchoring/normalize';
import type { BlockPoint, TextAnchorV1 } from '../../lib/anchoring/types';
import { paragraphsOfWords } from '../../tests/pages/text';

/**
 * The anchoring benchmark's work: 500,000 words of Moby-Dick in 60 chapters, as the reader's
 * entire-work view holds them (generatedWork's text, normalised), and 500 highlights on it of
 * which 10% sit on text the author then edited (a typo, or a sentence reworded).
 */

/** A chapter as normalised block texts. */
export interface BenchChapter {
  id: string;
  blocks: string[];
}

/** A highlight and where it must land in the edited work. */
export interface BenchAnchor {
  anchor: TextAnchorV1;
  edit: 'none' | 'typo' | 'reworded';
  expected: { start: BlockPoint; end: BlockPoint };
}

// A small deterministic generator, so every run measures the same work.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The 500,000-word work of `chapterCount` chapters (the same text as generatedWork). */
export function benchWork(words = 500_000, chapterCount = 60): BenchChapter[] {
  const per = Math.ceil(words / chapterCount);
  return Array.from({ length: chapterCount }, (_, i) => ({
    id: String(2000000 + i),
    blocks: paragraphsOfWords(per, i * 37).map(normalizeText),
  }));
}

/** Edits the words of `quote`: a typo (two letters swapped) or two words replaced. */
function editQuote(quote: string, kind: 'typo' | 'reworded', next: () => number): string {
  const words = quote.split(' ');
  const long = words.map((w, i) => (/^[a-z]{5,}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
  const at = long[Math.floor(next() * long.length)] ?? 1;
  if (kind === 'typo') {
    const w = words[at] ?? '';
    words[at] = w.slice(0, 1) + w.charAt(2) + w.charAt(1) + w.slice(3);
  } else {
    words[at] = 'quietly';
    if (at + 2 < words.length) words[at + 2] = 'another';
  }
  return words.join(' ');
}

/**
 * 500 highlights on distinct blocks (so edits never touch two highlights), 20-200 characters
 * from a word start to a word end; every tenth is on text then edited in `current`.
 */
export function benchAnchors(original: BenchChapter[], count = 500, seed = 1851) {
  const next = random(seed);
  const current = original.map((c) => ({ id: c.id, blocks: [...c.blocks] }));
  const used = new Set<string>();
  const anchors: BenchAnchor[] = [];
  while (anchors.length < count) {
    const c = Math.floor(next() * original.length);
    const chapter = original[c]!;
    const block = Math.floor(next() * chapter.blocks.length);
    const text = chapter.blocks[block]!;
    if (text.length < 260 || used.has(`${c}:${block}`)) continue;
    used.add(`${c}:${block}`);
    const edit =
      anchors.length % 10 === 9 ? (anchors.length % 20 === 9 ? 'typo' : 'reworded') : 'none';
    const minimum = edit === 'none' ? 20 : 60;
    const start = text.indexOf(' ', Math.floor(next() * (text.length - 220))) + 1;
    const end = text.lastIndexOf(' ', start + minimum + Math.floor(next() * (200 - minimum)));
    const anchor = describeText(chapter, { block, offset: start }, { block, offset: end })!;
    let delta = 0;
    if (edit !== 'none') {
      const edited = editQuote(anchor.exact, edit, next);
      delta = edited.length - anchor.exact.length;
      current[c]!.blocks[block] = text.slice(0, start) + edited + text.slice(end);
    }
    const expected = { start: { block, offset: start }, end: { block, offset: end + delta } };
    anchors.push({ anchor, edit, expected });
  }
  return { current, anchors };
}
