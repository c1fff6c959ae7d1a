import { esc } from './html';
import { paragraphsOfWords } from './text';
import type { Ao3WorkSpec } from './ao3/work-page';
import { mobyDickRoyalRoad } from './royalroad';
import { lighthouseWork, mobyDickFfn } from './samples';

/**
 * Pathological chapter shapes for the streaming reader (issue 7): one chapter holding thousands
 * of paragraphs, 100,000 nested elements, or 10 MB of text. The text is Moby-Dick (public
 * domain), cycled; the markup around it comes from the site builders.
 */

let sentences: string[] | undefined;

/**
 * `count` short paragraphs of public-domain text (Moby-Dick's sentences, cycled): about 17 words
 * each, the size of paragraphs in a dialogue-heavy fic or a chat-fic, so 6,000 of them make
 * the 100,000-word one-chapter work of issue 7.
 */
export function manyParagraphs(count: number): string[] {
  sentences ??= paragraphsOfWords(60_000).flatMap((p) =>
    p.split(/(?<=[.!?])\s+(?=[A-Z"])/).filter((s) => s.split(/\s+/).length >= 4),
  );
  const source = sentences;
  return Array.from({ length: count }, (_, i) => source[i % source.length]!);
}

/** Short paragraphs adding up to at least `words` words. */
export function paragraphsForWords(words: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const p of manyParagraphs(Math.ceil(words / 4))) {
    out.push(p);
    total += p.split(/\s+/).length;
    if (total >= words) break;
  }
  return out;
}

/** Paragraphs adding up to about `bytes` bytes of HTML. */
export function paragraphsOfBytes(bytes: number): string[] {
  const source = paragraphsOfWords(60_000);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = source[i % source.length]!;
    out.push(p);
    size += p.length + 8;
  }
  return out;
}

/**
 * 100,000 elements nested in one another, as a broken editor leaves them: every element opens
 * inside the previous one and holds a word. Browsers stop nesting at about 510 levels and put
 * the other 99,500 side by side at the deepest level, all inside one inline chain.
 */
export function nestedElements(count: number): string {
  const words = manyParagraphs(200).join(' ').split(/\s+/);
  let open = '';
  let close = '';
  for (let i = 0; i < count; i++) {
    const tag = i % 2 === 0 ? 'div' : 'span';
    open += `<${tag}>${esc(words[i % words.length]!)} `;
    close = `</${tag}>${close}`;
  }
  return open + close;
}

const asParagraphs = (list: string[]) => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** The shapes, by name, as chapter bodies (HTML). */
export const LONG_CHAPTER_SHAPES = {
  'words-100k': () => asParagraphs(paragraphsForWords(100_000)),
  'words-500k': () => asParagraphs(paragraphsForWords(500_000)),
  'paragraphs-6k': () =>
    manyParagraphs(6_000)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n'),
  'paragraphs-20k': () =>
    manyParagraphs(20_000)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n'),
  'paragraphs-50k': () =>
    manyParagraphs(50_000)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n'),
  'nested-100k': () => nestedElements(100_000),
  '10mb': () =>
    paragraphsOfBytes(10_000_000)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n'),
} as const;

/** A name of a long-chapter shape. */
export type LongChapterShape = keyof typeof LONG_CHAPTER_SHAPES;

/** An AO3 one-shot whose single chapter has the given shape. */
export function longOneShot(
  shape: LongChapterShape,
  body = LONG_CHAPTER_SHAPES[shape](),
): Ao3WorkSpec {
  const base = lighthouseWork();
  return {
    ...base,
    id: 700000 + Object.keys(LONG_CHAPTER_SHAPES).indexOf(shape),
    title: `One Long Chapter (${shape})`,
    chapters: [{ id: 7000001, body }],
  };
}

/** A one-chapter FanFiction.Net story whose chapter has the given shape. */
export function longFfnStory(shape: LongChapterShape, body = LONG_CHAPTER_SHAPES[shape]()) {
  const base = mobyDickFfn(1);
  return {
    ...base,
    id: 1700000,
    title: `One Long Chapter (${shape})`,
    chapters: [{ title: 'All of it', body }],
  };
}

/** A Royal Road fiction whose first chapter has the given shape. */
export function longRoyalRoadFiction(shape: LongChapterShape, body = LONG_CHAPTER_SHAPES[shape]()) {
  const base = mobyDickRoyalRoad(2);
  const [first, ...rest] = base.chapters;
  return { ...base, id: 71700, chapters: [{ ...first!, body }, ...rest] };
}
