import type { Link, Story } from '../types';
import { absoluteUrl } from '../common/links';
import { isoDateFromUnix, languageTag, parseCount, textOf } from '../common/text';

/**
 * FanFiction.Net's one-line metadata (`span.xgray`): "Rated: Fiction T - English - Adventure/
 * Romance - [Riku, Sora] Kairi - Chapters: 48 - Words: 613,451 - Reviews: 2,493 - Favs: 1,398 -
 * Follows: 580 - Updated: 11/4/2011 - Published: 11/4/2002 - Status: Complete - id: 1048901".
 * Genre and characters carry no label: they are told apart by the genre list. In the 2012 layout
 * the dates are text ("Updated: 02-02-12"); today they are `span[data-xutime]`.
 */

// The Fiction Ratings (fictionratings.com) that FanFiction.Net and FictionPress use. The site
// shows a bare "Fiction T"; a reader needs to be told what that is (issue 13).
const RATINGS: Record<string, string> = {
  K: 'K (Kids)',
  'K+': 'K+ (Older kids)',
  T: 'T (Teen)',
  M: 'M (Mature)',
  MA: 'MA (Adult)',
};

/** The rating as a reader can understand it: "Fiction T" -> "Rated: T (Teen)". */
export function ffnRating(value: string, link?: Element | null): Link {
  const code = value
    .replace(/^(?:Rated:?|Fiction)\s+/i, '')
    .trim()
    .toUpperCase();
  const href = absoluteUrl(link?.getAttribute('href'), new URL('https://www.fictionratings.com/'));
  return {
    name: `Rated: ${RATINGS[code] ?? code}`,
    ...(href && /^https?:/.test(href) ? { url: href } : {}),
  };
}

/** An ISO date from the text dates of the 2012 layout: "02-02-12" or "11/4/2011" (m-d-y). */
export function ffnTextDate(text: string): string | undefined {
  const m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [, month, day, y] = m.map(Number) as [number, number, number, number];
  // Two-digit years: the site opened in 1998.
  const year = y >= 100 ? y : y >= 90 ? 1900 + y : 2000 + y;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}

const GENRES = new Set([
  'adventure',
  'angst',
  'crime',
  'drama',
  'family',
  'fantasy',
  'friendship',
  'general',
  'horror',
  'humor',
  'hurt/comfort',
  'mystery',
  'parody',
  'poetry',
  'romance',
  'sci-fi',
  'spiritual',
  'supernatural',
  'suspense',
  'tragedy',
  'western',
]);

function genresOf(field: string): string[] | null {
  // "Hurt/Comfort" is one genre that contains the separator itself.
  const parts = field.replace(/hurt\/comfort/gi, 'Hurt\u0000Comfort').split('/');
  const genres = parts.map((p) => p.replace('\u0000', '/').trim());
  return genres.every((g) => GENRES.has(g.toLowerCase())) ? genres : null;
}

/** Characters and pairings: "[Riku, Sora] Kairi" -> pairing Riku/Sora, characters all three. */
function charactersOf(field: string): { characters: Link[]; relationships: Link[] } {
  const relationships: Link[] = [];
  for (const match of field.matchAll(/\[([^\]]+)\]/g)) {
    relationships.push({
      name: (match[1] ?? '')
        .split(',')
        .map((n) => n.trim())
        .join('/'),
    });
  }
  const characters = field
    .replace(/[[\]]/g, ',')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name }));
  return { characters, relationships };
}

/** The metadata an FFN-software story header states. */
export function ffnMetaLine(line: Element | null): Partial<Story> {
  if (!line) return {};
  const fields = textOf(line).split(/\s+-\s+/);
  const result: Partial<Story> = {};
  let unlabelled = 0;
  for (const field of fields) {
    const [, label, value = ''] = /^([A-Za-z]+):\s*(.*)$/.exec(field) ?? [];
    if (label) {
      const key = label.toLowerCase();
      if (key === 'rated')
        result.rating = ffnRating(value, line.querySelector('a[href*="fictionratings" i]'));
      else if (key === 'chapters') result.chapterCount = value.trim();
      else if (key === 'words') {
        const words = parseCount(value);
        if (words !== undefined) result.words = words;
      } else if (key === 'status')
        result.status = /complete/i.test(value) ? 'complete' : 'in-progress';
      else if (key === 'updated' || key === 'published') {
        const date = ffnTextDate(value);
        if (date) result[key] = date;
      }
      continue;
    }
    // The first unlabelled field after the rating is the language; then genre, then characters.
    unlabelled++;
    if (unlabelled === 1) {
      const language = languageTag(field);
      if (language) result.language = language;
      continue;
    }
    const genres = genresOf(field);
    if (genres && !result.additionalTags) result.additionalTags = genres.map((name) => ({ name }));
    else if (!result.characters) Object.assign(result, charactersOf(field));
  }
  result.status ??= 'in-progress';
  for (const span of line.querySelectorAll('span[data-xutime]')) {
    const date = isoDateFromUnix(Number(span.getAttribute('data-xutime')));
    const before = span.previousSibling?.textContent ?? '';
    if (!date) continue;
    if (/Updated:\s*$/.test(before)) result.updated = date;
    else if (/Published:\s*$/.test(before)) result.published = date;
  }
  return result;
}
