import type { TocEntry } from '../types';
import { absoluteUrl } from '../common/links';
import { textOf } from '../common/text';
import { idsOf } from './header';

/**
 * The fiction's chapter list, when a Royal Road page carries one. Royal Road's pages hold it as
 * JSON in an inline script, `window.chapters = [{"id":..,"volumeId":..,"title":"..","slug":"..",
 * "date":"..","order":0,"visible":1,..,"url":"/fiction/../chapter/../.."}, ...];` (read by other
 * scrapers from the fiction page; no capture of a chapter page here says whether it has it too),
 * or as a chapter <select> whose options are the chapters' addresses. Nothing is fetched: a page
 * that states no list gives none, and the reader goes by the Previous / Next links.
 */

interface ListedChapter {
  id?: unknown;
  title?: unknown;
  url?: unknown;
  order?: unknown;
  visible?: unknown;
}

/** The JSON array assigned to `window.chapters` in a script's text, or undefined. */
export function chaptersJson(script: string): unknown[] | undefined {
  const at = /window\.chapters\s*=\s*\[/.exec(script);
  if (!at) return undefined;
  const start = at.index + at[0].length - 1;
  // The matching bracket, skipping brackets inside strings.
  let depth = 0;
  let quote = '';
  for (let i = start; i < script.length; i++) {
    const c = script[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) {
      try {
        const value: unknown = JSON.parse(script.slice(start, i + 1));
        return Array.isArray(value) ? value : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function fromScript(doc: Document, base: URL, workId: string): TocEntry[] {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('window.chapters')) continue;
    const list = chaptersJson(text) as ListedChapter[] | undefined;
    if (!list) continue;
    const entries = list
      .filter((c) => c && typeof c === 'object' && c.visible !== 0 && c.visible !== false)
      .map((c, i) => ({ c, i, order: typeof c.order === 'number' ? c.order : i }))
      .sort((a, b) => a.order - b.order || a.i - b.i)
      .map(({ c }) => toEntry(c, base, workId))
      .filter((e): e is TocEntry => e !== undefined);
    if (entries.length > 0) return entries;
  }
  return [];
}

function toEntry(c: ListedChapter, base: URL, workId: string): TocEntry | undefined {
  const url = typeof c.url === 'string' ? absoluteUrl(c.url, base) : undefined;
  const ids = idsOf(url, base);
  if (!url || !ids.chapterId || (ids.workId && ids.workId !== workId)) return undefined;
  const title = typeof c.title === 'string' ? c.title.trim() : '';
  return { title: title || `Chapter ${ids.chapterId}`, url, chapterId: ids.chapterId };
}

/**
 * An option's chapter address. Only a value that is itself a chapter's address counts: a bare id
 * resolved against this chapter's address would name this chapter. In the redesign's
 * `#chapterSelect` a bare number is read as the chapter's id (its values are not documented).
 */
function optionUrl(
  value: string | null,
  base: URL,
  workId: string,
  idsAllowed: boolean,
): string | undefined {
  const v = value?.trim() ?? '';
  if (/^\d+$/.test(v)) {
    return idsAllowed ? `https://www.royalroad.com/fiction/${workId}/chapter/${v}` : undefined;
  }
  if (!/^(?:https?:\/\/[^/]+)?\/fiction\//.test(v)) return undefined;
  return absoluteUrl(v, base);
}

function fromSelect(doc: Document, base: URL, workId: string): TocEntry[] {
  for (const select of doc.querySelectorAll('select')) {
    const entries: TocEntry[] = [];
    for (const option of select.querySelectorAll('option')) {
      const url = optionUrl(
        option.getAttribute('value'),
        base,
        workId,
        select.id === 'chapterSelect',
      );
      const ids = idsOf(url, base);
      if (!url || !ids.chapterId || ids.workId !== workId) continue;
      entries.push({ title: textOf(option), url, chapterId: ids.chapterId });
    }
    if (entries.length > 1) return entries;
  }
  return [];
}

/** The chapter list the page states, with the current chapter marked; empty when it has none. */
export function chapterListOf(
  doc: Document,
  base: URL,
  current: { workId: string; chapterId: string },
): TocEntry[] {
  const list = fromScript(doc, base, current.workId);
  const entries = list.length > 0 ? list : fromSelect(doc, base, current.workId);
  return entries.map((e) => (e.chapterId === current.chapterId ? { ...e, current: true } : e));
}
