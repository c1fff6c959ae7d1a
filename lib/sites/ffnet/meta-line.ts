import type { Link, Story } from '../types';
import { isoDateFromUnix, languageTag, parseCount, textOf } from '../common/text';

/**
 * FanFiction.Net's one-line metadata (`span.xgray`): "Rated: Fiction T - English - Adventure/
 * Romance - [Riku, Sora] Kairi - Chapters: 48 - Words: 613,451 - Reviews: 2,493 - Favs: 1,398 -
 * Follows: 580 - Updated: 11/4/2011 - Published: 11/4/2002 - Status: Complete - id: 1048901".
 * Genre and characters carry no label: they are told apart by the genre list.
 */

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
      if (key === 'rated') result.rating = { name: value.replace(/^Fiction\s+/i, '').trim() };
      else if (key === 'chapters') result.chapterCount = value.trim();
      else if (key === 'words') {
        const words = parseCount(value);
        if (words !== undefined) result.words = words;
      } else if (key === 'status')
        result.status = /complete/i.test(value) ? 'complete' : 'in-progress';
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
