import type { Link, SeriesRef, Story, WorkStatus } from '../types';
import { linksOf } from '../common/links';
import { absoluteUrl } from '../common/links';
import { isoDate, parseCount, textOf } from '../common/text';

/** The work's tags, language, series and stats from `dl.work.meta` (OTW works/_meta). */
export function otwMeta(doc: Document, base: URL): Partial<Story> {
  const meta = doc.querySelector('dl.work.meta');
  const tags = (kind: string): Link[] => linksOf(meta, `dd.${kind}.tags a.tag`, base);
  const stat = (name: string) => textOf(meta?.querySelector(`dl.stats dd.${name}`));

  const series: SeriesRef[] = [];
  for (const position of meta?.querySelectorAll('dd.series span.position') ?? []) {
    const link = position.querySelector('a');
    if (!link) continue;
    const part = /Part\s+(\d+)/i.exec(textOf(position))?.[1];
    const url = absoluteUrl(link.getAttribute('href'), base);
    series.push({
      title: textOf(link),
      ...(url ? { url } : {}),
      ...(part ? { part: Number(part) } : {}),
    });
  }

  const chapterCount = stat('chapters') || undefined;
  const [written, planned] = (chapterCount ?? '').split('/');
  const statusLabel = textOf(meta?.querySelector('dl.stats dt.status'));
  let status: WorkStatus = 'unknown';
  if (/completed/i.test(statusLabel) || (planned && planned === written)) status = 'complete';
  else if (planned === '?' || (planned && written && Number(written) < Number(planned)))
    status = 'in-progress';

  const [rating] = tags('rating');
  const language = meta?.querySelector('dd.language')?.getAttribute('lang')?.trim() || undefined;
  const words = parseCount(stat('words'));
  const published = isoDate(stat('published'));
  const updated = isoDate(stat('status'));
  return {
    ...(rating ? { rating } : {}),
    warnings: tags('warning'),
    categories: tags('category'),
    fandoms: tags('fandom'),
    relationships: tags('relationship'),
    characters: tags('character'),
    additionalTags: tags('freeform'),
    series,
    status,
    ...(language ? { language } : {}),
    ...(chapterCount ? { chapterCount } : {}),
    ...(words !== undefined ? { words } : {}),
    ...(published ? { published } : {}),
    ...(updated ? { updated } : {}),
  };
}

/** Title, creators, summary and work notes from the work's preface (OTW works/_preface). */
export function otwPreface(doc: Document, base: URL): Partial<Story> & { title: string } {
  const preface = doc.querySelector('#workskin > .preface.group');
  const heading = preface?.querySelector('h2.title');
  const title =
    textOf(heading) ||
    textOf(doc.querySelector('h2.title')) ||
    doc.title.split(' - ')[0]?.trim() ||
    '';
  const byline = preface?.querySelector('.byline');
  let authors = linksOf(byline, 'a[rel="author"]', base);
  // Anonymous works print the word without a link.
  if (authors.length === 0 && textOf(byline)) authors = [{ name: textOf(byline) }];
  const summary = preface?.querySelector(':scope > .summary blockquote.userstuff');
  const notes = preface?.querySelector(':scope > .notes blockquote.userstuff');
  const endNotes = doc.querySelector('#work_endnotes blockquote.userstuff');
  return {
    title,
    authors,
    ...(summary ? { summary: summary.innerHTML.trim() } : {}),
    ...(notes ? { notes: notes.innerHTML.trim() } : {}),
    ...(endNotes ? { endNotes: endNotes.innerHTML.trim() } : {}),
  };
}
