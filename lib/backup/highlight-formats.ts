import type { HighlightGroup } from '../messaging/requests/library-highlight-groups';
import type { HighlightNames } from '../settings/highlight-names';

// The highlights browser's exports (USERS.md, "Export"): Markdown, JSON, and Readwise's CSV.
// Each takes the works' highlights already in text order, as the reader filtered them.

/** Markdown's special characters in the reader's text, escaped so the text stays text. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(\s*)([#+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** One Markdown document: a section per work, each highlight a quote with its colour and note. */
export function highlightsToMarkdown(
  groups: readonly HighlightGroup[],
  names: HighlightNames,
): string {
  const out = ['# Highlights from Fic Reader', ''];
  for (const g of groups) {
    out.push(`## ${md(g.title)}`, '');
    const by = [g.authors.length ? `by ${g.authors.map(md).join(', ')}` : '', ...g.fandoms.map(md)];
    out.push(`${by.filter(Boolean).join(' · ')}  `, `<${g.url}>`, '');
    for (const h of g.highlights) {
      out.push(...h.anchor.exact.split('\n').map((line) => `> ${md(line)}`), '');
      out.push(`— *${md(names[h.color])}*${h.note ? `: ${md(h.note)}` : ''}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The highlights as JSON, for other tools: plain fields, colours by their names. */
export function highlightsToJson(
  groups: readonly HighlightGroup[],
  names: HighlightNames,
  now: number,
): string {
  return JSON.stringify(
    {
      format: 'fic-reader-highlights',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      works: groups.map((g) => ({
        title: g.title,
        authors: g.authors,
        fandoms: g.fandoms,
        url: g.url,
        highlights: g.highlights.map((h, i) => ({
          text: h.anchor.exact,
          note: h.note,
          colour: names[h.color],
          chapterId: h.chapterId,
          location: i + 1,
          createdAt: new Date(h.createdAt).toISOString(),
        })),
      })),
    },
    null,
    2,
  );
}

/** A CSV field: always quoted, quotes doubled (RFC 4180, as Readwise reads it). */
const field = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;

/**
 * Readwise's CSV: `Highlight` (the only column it requires), `Title`, `Author`, `URL`, `Note`,
 * `Location` (the highlight's place in the work, in text order).
 */
export function highlightsToReadwiseCsv(groups: readonly HighlightGroup[]): string {
  const rows = [['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location'].map(field).join(',')];
  for (const g of groups) {
    g.highlights.forEach((h, i) => {
      rows.push(
        [h.anchor.exact, g.title, g.authors.join(', '), g.url, h.note, i + 1].map(field).join(','),
      );
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}
