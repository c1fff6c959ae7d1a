import type { Chapter, TocEntry } from '../types';
import { readBlocks, type ReadBlocksOptions } from '../common/blocks';
import { absoluteUrl } from '../common/links';
import { makeChapter } from '../common/story';
import { textOf } from '../common/text';

/**
 * The chapters on an AO3-software page (OTW chapters/_chapter): one `div.chapter` per chapter in
 * chapter and entire-work views (ids like #summary and #notes repeat in every chapter there, so
 * everything is looked up inside its chapter), or `#chapters > .userstuff` for a one-shot.
 */

const CHAPTER_ID = /\/chapters\/(\d+)/;

/** The id of a one-shot's only chapter: its page names none, and real chapter ids are large. */
export const SINGLE_CHAPTER_ID = '1';

function notesHtml(el: Element | null | undefined): string | undefined {
  const html = el?.innerHTML.trim();
  return html ? html : undefined;
}

/** Reads one `div.chapter`. */
function readChapter(div: Element, base: URL, options: ReadBlocksOptions): Chapter | null {
  const body = div.querySelector(':scope > .userstuff');
  if (!body) return null;
  const heading = div.querySelector(':scope > .chapter.preface h3.title');
  const link = heading?.querySelector('a');
  const href = link?.getAttribute('href') ?? '';
  const number =
    Number(/chapter-(\d+)/.exec(div.id)?.[1] ?? /\d+/.exec(textOf(link))?.[0]) || undefined;
  const id = CHAPTER_ID.exec(href)?.[1] ?? String(number ?? 1);
  // "Chapter 2: The Title" -> "The Title"; an untitled chapter is "Chapter 2".
  const custom = textOf(heading).replace(/^Chapter\s+\d+\s*:?\s*/i, '');
  const preface = div.querySelector(':scope > .chapter.preface');
  const url = absoluteUrl(href, base);
  const summary = notesHtml(preface?.querySelector('.summary blockquote.userstuff'));
  const notesBefore = notesHtml(preface?.querySelector('.notes:not(.end) blockquote.userstuff'));
  const notesAfter = notesHtml(div.querySelector('.end.notes blockquote.userstuff'));
  return makeChapter(readBlocks(body, options), {
    id,
    ...(number ? { number } : {}),
    title: custom || textOf(heading) || `Chapter ${number ?? 1}`,
    ...(summary ? { summary } : {}),
    ...(notesBefore ? { notesBefore } : {}),
    ...(notesAfter ? { notesAfter } : {}),
    ...(url ? { url } : {}),
  });
}

/** Every chapter on the page, in order. */
export function otwChapters(doc: Document, base: URL, options: ReadBlocksOptions): Chapter[] {
  const chapters = doc.querySelector('#chapters');
  if (!chapters) return [];
  // The children, not `:scope > …` queries: those walk the whole text, on every read of a page
  // that is still loading (issue 7).
  const children = Array.from(chapters.children);
  const divs = children.filter((el) => el.matches('div.chapter'));
  if (divs.length === 0) {
    const body = children.find((el) => el.classList.contains('userstuff'));
    if (!body) return [];
    return [makeChapter(readBlocks(body, options), { id: SINGLE_CHAPTER_ID, number: 1 })];
  }
  return divs.map((div) => readChapter(div, base, options)).filter((c): c is Chapter => c !== null);
}

/** The work's chapter list from the chapter-index select, or from the chapters on the page. */
export function otwToc(
  doc: Document,
  base: URL,
  workPath: string,
  chapters: Chapter[],
  current?: string,
): TocEntry[] {
  const options = doc.querySelectorAll(
    '#chapter_index select#selected_id option, select#selected_id option',
  );
  const seen = new Set<string>();
  const toc: TocEntry[] = [];
  for (const option of options) {
    const chapterId = option.getAttribute('value') ?? '';
    if (!/^\d+$/.test(chapterId) || seen.has(chapterId)) continue;
    seen.add(chapterId);
    const url = absoluteUrl(`${workPath}/chapters/${chapterId}`, base);
    if (!url) continue;
    toc.push({
      title: textOf(option).replace(/^\d+\.\s*/, ''),
      url,
      chapterId,
      ...(chapterId === current ? { current: true } : {}),
    });
  }
  if (toc.length > 0 || chapters.length < 2) return toc;
  return chapters.map((c) => ({
    title: c.title ?? `Chapter ${c.number ?? ''}`,
    url: c.url ?? `${base.origin}${workPath}/chapters/${c.id}`,
    chapterId: c.id,
  }));
}
