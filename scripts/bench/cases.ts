import { ao3WorkPage, ao3WorkUrl } from '../../tests/pages/ao3/work-page';
import { ffnChapterPage, ffnChapterUrl } from '../../tests/pages/ffnet';
import {
  LONG_CHAPTER_SHAPES,
  longFfnStory,
  longOneShot,
  longRoyalRoadFiction,
  type LongChapterShape,
} from '../../tests/pages/long-chapters';
import { royalRoadChapterPage, royalRoadChapterUrl } from '../../tests/pages/royalroad';
import { generatedWork } from '../../tests/pages/samples';

/** One page the benchmark loads, alone and with the reader. */
export interface BenchCase {
  /** "entire 500k", "ao3 words-500k", "ffn nested-100k"... */
  name: string;
  kind: 'entire work' | 'one chapter';
  url: string;
  html: string;
}

/** An AO3 entire work of `words` words in several chapters (issue 4's shapes). */
export function entireWorkCase(words: number): BenchCase {
  const chapters = words >= 500_000 ? 60 : words >= 50_000 ? 12 : 3;
  const work = generatedWork(words, chapters);
  return {
    name: `entire ${words / 1000}k (${chapters} ch.)`,
    kind: 'entire work',
    url: ao3WorkUrl(work, { kind: 'entire' }),
    html: ao3WorkPage(work, { kind: 'entire' }),
  };
}

const SITES = ['ao3', 'ffn', 'rr'] as const;
/** A site whose one-chapter pages the benchmark can build. */
export type BenchSite = (typeof SITES)[number];

/** One chapter of the given shape on a site's chapter page (issue 7's shapes). */
export function longChapterCase(
  site: BenchSite,
  shape: LongChapterShape,
  body = LONG_CHAPTER_SHAPES[shape](),
): BenchCase {
  const name = `${site} ${shape}`;
  if (site === 'ffn') {
    const story = longFfnStory(shape, body);
    return {
      name,
      kind: 'one chapter',
      url: ffnChapterUrl(story, 1),
      html: ffnChapterPage(story, 1),
    };
  }
  if (site === 'rr') {
    const fiction = longRoyalRoadFiction(shape, body);
    return {
      name,
      kind: 'one chapter',
      url: royalRoadChapterUrl(fiction, 0),
      html: royalRoadChapterPage(fiction, 0),
    };
  }
  const work = longOneShot(shape, body);
  return {
    name,
    kind: 'one chapter',
    url: ao3WorkUrl(work, { kind: 'single' }),
    html: ao3WorkPage(work, { kind: 'single' }),
  };
}

/** Parses "ao3:words-500k,ffn:nested-100k" (a bare shape means AO3). */
export function parseShapes(list: string): { site: BenchSite; shape: LongChapterShape }[] {
  return list
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const [a, b] = item.includes(':') ? item.split(':') : ['ao3', item];
      if (!SITES.includes(a as BenchSite))
        throw new Error(`unknown site "${a}" (${SITES.join(', ')})`);
      if (!(b! in LONG_CHAPTER_SHAPES)) {
        throw new Error(`unknown shape "${b}" (${Object.keys(LONG_CHAPTER_SHAPES).join(', ')})`);
      }
      return { site: a as BenchSite, shape: b as LongChapterShape };
    });
}
