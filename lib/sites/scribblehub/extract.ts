import type { Extraction, Link, TocEntry } from '../types';
import { hiddenSelectors } from '../common/hidden';
import { absoluteUrl, linkOf } from '../common/links';
import { makeStory } from '../common/story';
import { parseCount, textOf } from '../common/text';
import { readChapterText } from './text';
import { identifyScribbleHub } from './url';

/**
 * Scribble Hub chapter pages (/read/<series>-<slug>/chapter/<chapter>/), after SELECTORS.md
 * section 8 for the text and its boxes. No real capture exists: the series and author links
 * (breadcrumb, "by" line), the prev/next buttons and the chapter-list popup are recalled, so each
 * is found by where it links (/series/<id>/, /profile/<id>/, /chapter/<id>/) as much as by class.
 */

const ORIGIN = 'https://www.scribblehub.com';
const TEXT = '#chp_raw, div.chp_raw';
// Other people's links: commenters, the site menu, the user menu.
const ELSEWHERE =
  '#comments, .comments-area, .comment, #masthead, .site-header, .user_menu, footer';
const CHAPTER_PATH = /\/chapter\/(\d+)/;
const NOT_FOUND = /not found|can(?:'|’|no)t be found|nothing was found|does not exist|\b404\b/i;

const outside = (el: Element) => el.closest(ELSEWHERE) === null;

function notStory(doc: Document, url: URL): Extraction {
  const said = [doc.title, ...Array.from(doc.querySelectorAll('h1')).map(textOf)];
  if (doc.body?.classList.contains('error404') || said.some((t) => NOT_FOUND.test(t))) {
    return { kind: 'not-story', reason: 'not-found', detail: 'Scribble Hub has no such page.' };
  }
  if (/^\/series\/\d+/.test(url.pathname) || doc.querySelector('.fic_title, .toc_ol') !== null) {
    return { kind: 'not-story', reason: 'index', detail: 'The series page, with its chapters.' };
  }
  return { kind: 'not-story', reason: 'unknown', detail: 'No chapter text on this page.' };
}

/** Series and chapter ids from the page, for addresses that do not carry them. */
function idsFromPage(doc: Document): { workId?: string; chapterId?: string } {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const fromCanonical = canonical ? identifyScribbleHub(new URL(canonical, ORIGIN)) : null;
  if (fromCanonical) return fromCanonical;
  const series = doc.querySelector('.wi_breadcrumb a[href*="/series/"]')?.getAttribute('href');
  // WordPress marks the post (the chapter) in the body's classes and the shortlink.
  const shortlink = doc.querySelector('link[rel="shortlink"]')?.getAttribute('href');
  const chapterId =
    /\bpostid-(\d+)\b/.exec(doc.body?.className ?? '')?.[1] ??
    /[?&]p=(\d+)/.exec(shortlink ?? '')?.[1];
  const workId = /\/series\/(\d+)/.exec(series ?? '')?.[1];
  return { ...(workId ? { workId } : {}), ...(chapterId ? { chapterId } : {}) };
}

/** The series' title and page: the breadcrumb's or the "by" line's link to /series/<id>/. */
function seriesLink(doc: Document, base: URL, workId: string): Link | undefined {
  const own = new RegExp(`/series/${workId}(?:/|$)`);
  const anchor = [
    ...Array.from(doc.querySelectorAll('.wi_breadcrumb a[href], .chp_byauthor a[href]')),
    ...Array.from(doc.querySelectorAll('a[href*="/series/"]')),
  ]
    .filter(outside)
    .find((a) => own.test(absoluteUrl(a.getAttribute('href'), base) ?? '') && textOf(a));
  if (!anchor) return undefined;
  const path = new URL(absoluteUrl(anchor.getAttribute('href'), base) ?? ORIGIN).pathname;
  return { name: textOf(anchor), url: `${ORIGIN}${path}` };
}

function authorOf(doc: Document, base: URL): Link | undefined {
  const anchor = [
    ...Array.from(doc.querySelectorAll('.chp_byauthor a[href*="/profile/"]')),
    ...Array.from(doc.querySelectorAll('a[href*="/profile/"]')),
  ]
    .filter(outside)
    .find((a) => /\/profile\/\d+/.test(a.getAttribute('href') ?? '') && textOf(a));
  if (anchor) return linkOf(anchor, base);
  const name = textOf(doc.querySelector('span.auth_name_fic'));
  return name ? { name } : undefined;
}

/**
 * The chapter list, when the page has it (the reader's popup ol#ol_toc, or toc links), and the
 * current chapter's number in it: rows say their place (cnt, order), else their position does.
 */
function chapterList(doc: Document, base: URL, current: string) {
  const rows: { entry: TocEntry; order: number }[] = [];
  const seen = new Set<string>();
  for (const a of doc.querySelectorAll('#ol_toc li a[href], a.toc_a[href]')) {
    const url = absoluteUrl(a.getAttribute('href'), base);
    const chapterId = CHAPTER_PATH.exec(url ?? '')?.[1];
    if (!url || !chapterId || seen.has(chapterId)) continue;
    seen.add(chapterId);
    const li = a.closest('li');
    const order = Number(li?.getAttribute('cnt') ?? li?.getAttribute('order') ?? NaN);
    const title = textOf(a) || a.getAttribute('title') || '';
    const entry = { title, url, chapterId, ...(chapterId === current ? { current: true } : {}) };
    rows.push({ entry, order });
  }
  // The series page lists the newest first.
  const ordered = rows.every((r) => Number.isFinite(r.order));
  if (ordered) rows.sort((a, b) => a.order - b.order);
  const index = rows.findIndex((r) => r.entry.current);
  const number = index < 0 ? undefined : ordered ? rows[index]?.order : index + 1;
  return { toc: rows.map((r) => r.entry), index, number };
}

function navUrl(doc: Document, base: URL, button: string, rel: string): string | undefined {
  for (const el of doc.querySelectorAll(
    `a.${button}:not(.disabled)[href], .prenext a[rel~="${rel}"][href], link[rel~="${rel}"][href]`,
  )) {
    const url = absoluteUrl(el.getAttribute('href'), base);
    if (url && CHAPTER_PATH.test(url)) return url;
  }
  return undefined;
}

/** Reads a Scribble Hub chapter page. */
export function extractScribbleHub(doc: Document, url: URL): Extraction {
  const container = doc.querySelector(TEXT);
  const ids = identifyScribbleHub(url) ?? idsFromPage(doc);
  if (!container || !ids.workId || !ids.chapterId) return notStory(doc, url);
  const { workId, chapterId } = ids;

  const { toc, index, number } = chapterList(doc, url, chapterId);
  const title = textOf(doc.querySelector('.chapter-title')) || toc[index]?.title;
  const series = seriesLink(doc, url, workId);
  const author = authorOf(doc, url);
  const prevUrl =
    navUrl(doc, url, 'btn-prev', 'prev') ?? (index > 0 ? toc[index - 1]?.url : undefined);
  const nextUrl =
    navUrl(doc, url, 'btn-next', 'next') ?? (index >= 0 ? toc[index + 1]?.url : undefined);
  const count =
    parseCount(textOf(doc.querySelector('span.cnt_toc'))) ??
    parseCount(doc.querySelector('#ol_toc')?.getAttribute('count'));
  const canonical = absoluteUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    url,
  );
  const slug = /^\/read\/\d+(-[^/]*)?/.exec(url.pathname)?.[1] ?? '';
  const ownUrl =
    toc[index]?.url ??
    (canonical && CHAPTER_PATH.exec(canonical)?.[1] === chapterId ? canonical : undefined) ??
    `${ORIGIN}/read/${workId}${slug}/chapter/${chapterId}/`;
  // "<chapter> | <series> | Scribble Hub": the series is what is left.
  const headTitle = doc.title
    .split(/\s+\|\s+/)
    .filter((s) => s && s !== title && !/^Scribble Hub$/i.test(s))
    .join(' | ');

  const chapter = {
    id: chapterId,
    ...(number ? { number } : {}),
    ...(title ? { title } : {}),
    ...readChapterText(container, hiddenSelectors(doc)),
    url: ownUrl,
  };
  return {
    kind: 'story',
    story: makeStory({
      site: 'scribblehub',
      siteName: 'Scribble Hub',
      workId,
      chapterId,
      view: 'chapter',
      canonicalUrl: series?.url ?? `${ORIGIN}/series/${workId}/`,
      title: series?.name || headTitle || 'Untitled',
      authors: author ? [author] : [],
      ...(count !== undefined ? { chapterCount: String(count) } : {}),
      chapters: [chapter],
      toc,
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
    }),
  };
}
