import type { ColorId } from '../../progress/highlight';

/**
 * A work's highlights as files (issue 11, USERS.md "Export"): Markdown, JSON, and Readwise's
 * CSV. Pure: they take the highlights already in text order, each with its colour's name, its
 * chapter and its link. The text is the reader's and the author's: it stays text everywhere
 * (Markdown's special characters escaped, CSV fields quoted).
 */

/** The work being exported. */
export interface ExportWork {
  title: string;
  authors: string[];
  /** The work's page. */
  url: string;
}

/** One highlight as exported. */
export interface ExportItem {
  quote: string;
  note: string;
  color: ColorId;
  /** What the colour means to the reader ("favourite"). */
  colorName: string;
  /** The chapter's name as the reader shows it ("3. The Storm"). */
  chapter: string;
  /** The chapter's page (or the work's). */
  url: string;
  createdAt: number;
}

/** Markdown's special characters escaped, and a line that would start a list or heading. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\s*)([+-])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
}

/** An address as a Markdown autolink (a space or `>` in it would end the link early). */
const link = (url: string) => `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;

/** The highlights as one Markdown document, chapter by chapter. */
export function highlightsMarkdown(work: ExportWork, items: readonly ExportItem[]): string {
  const out = [`# ${markdownText(work.title)}`, ''];
  const by = work.authors.length ? `by ${work.authors.map(markdownText).join(', ')} · ` : '';
  out.push(`${by}${link(work.url)}`, '');
  let chapter: string | null = null;
  for (const item of items) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      out.push(`## ${markdownText(chapter)}`, '');
    }
    out.push(...item.quote.split('\n').map((line) => `> ${markdownText(line)}`), '');
    out.push(`*${markdownText(item.colorName)}* · ${link(item.url)}`, '');
    if (item.note) {
      const [first = '', ...rest] = item.note.split('\n').map(markdownText);
      out.push(`Note: ${first}`, ...rest, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The highlights as JSON, for other tools. */
export function highlightsJson(
  work: ExportWork,
  items: readonly ExportItem[],
  now: number,
): string {
  const highlights = items.map((item, i) => ({
    text: item.quote,
    note: item.note,
    color: item.color,
    colorName: item.colorName,
    chapter: item.chapter,
    url: item.url,
    location: i + 1,
    createdAt: new Date(item.createdAt).toISOString(),
  }));
  const document = {
    format: 'fic-reader-highlights',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    work,
    highlights,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A CSV field: always quoted, quotes doubled (RFC 4180, as Readwise reads it). */
export const csvField = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;

/**
 * Readwise's CSV: `Highlight` (the one column it requires), `Title`, `Author`, `URL`, `Note`,
 * `Location` (the highlight's place in the work, in text order).
 */
export function highlightsReadwiseCsv(work: ExportWork, items: readonly ExportItem[]): string {
  const header = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location'];
  const rows = items.map((item, i) =>
    [item.quote, work.title, work.authors.join(', '), item.url, item.note, i + 1].map(csvField),
  );
  return `${[header.map(csvField), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** The quote as plain text to copy: the words, then where they are from and the link. */
export function quoteText(work: ExportWork, item: Pick<ExportItem, 'quote' | 'chapter' | 'url'>) {
  const by = work.authors.length ? `, by ${work.authors.join(', ')}` : '';
  return `“${item.quote}”\n— ${work.title}${by}, ${item.chapter}\n${item.url}\n`;
}
