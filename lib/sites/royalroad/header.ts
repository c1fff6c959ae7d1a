import type { Link } from '../types';
import { absoluteUrl, linkOf, linksOf } from '../common/links';
import { textOf } from '../common/text';
import { pageTitle } from './page-kind';

/**
 * What a Royal Road chapter page says about its fiction and chapter. The header is recalled
 * markup: the classic `.fic-header` (the chapter title in h1, the fiction title in an h2 inside a
 * link to the fiction, the author linked to /profile/<id>) and the 2026 redesign's
 * `#chapterHeroData` (the chapter title in h3, the fiction title in h4; after the RoyalRefresh
 * extension's redesign adapter and WebToEpub's reports of the change). Every field falls back to
 * what the head says (canonical link, og:url, twitter:creator, books:author) and to the <title>
 * "Chapter Title - Fiction Title | Royal Road".
 */

/** The chapter page's header, classic or redesigned. */
const HEADER = '.fic-header, #chapterHeroData';

/** Ids a Royal Road address names. */
export interface PathIds {
  workId?: string;
  slug?: string;
  chapterId?: string;
}

/** The fiction id and slug and the chapter id in an address on the site. */
export function idsOf(href: string | null | undefined, base: URL): PathIds {
  const url = absoluteUrl(href, base);
  if (!url) return {};
  const path = new URL(url).pathname;
  const fiction = /^\/fiction\/(\d+)(?:\/([^/]+))?/.exec(path);
  const chapter = /\/chapter\/(\d+)/.exec(path)?.[1];
  const slug = fiction?.[2] && fiction[2] !== 'chapter' ? fiction[2] : undefined;
  return {
    ...(fiction?.[1] ? { workId: fiction[1] } : {}),
    ...(slug ? { slug } : {}),
    ...(chapter ? { chapterId: chapter } : {}),
  };
}

function metaContent(doc: Document, name: string): string | undefined {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}

/** The page's own address for itself: the canonical link, else og:url. */
export function selfHref(doc: Document): string | undefined {
  return (
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url')
  );
}

/** The header's link to the fiction page (the cover and the title link to it). */
export function fictionLink(doc: Document, base: URL): Element | undefined {
  const header = doc.querySelector(HEADER);
  return Array.from(header?.querySelectorAll('a[href]') ?? []).find((a) => {
    const ids = idsOf(a.getAttribute('href'), base);
    return ids.workId !== undefined && ids.chapterId === undefined;
  });
}

/** The fiction's and the chapter's titles. */
export function titlesOf(doc: Document, base: URL): { title: string; chapterTitle?: string } {
  const classic = doc.querySelector('.fic-header');
  const hero = doc.querySelector('#chapterHeroData');
  const heading = textOf(classic?.querySelector('h1')) || textOf(hero?.querySelector('h3'));
  const link = fictionLink(doc, base);
  let title =
    textOf(classic?.querySelector('h2')) || textOf(hero?.querySelector('h4')) || textOf(link);
  // "Chapter Title - Fiction Title": chapter titles may hold " - " themselves.
  const full = pageTitle(doc);
  if (!title) {
    const cut = full.lastIndexOf(' - ');
    title = cut > 0 ? full.slice(cut + 3).trim() : full;
  }
  const suffix = ` - ${title}`;
  const fromTitle = full.endsWith(suffix) ? full.slice(0, -suffix.length).trim() : '';
  const chapterTitle = heading || fromTitle || metaContent(doc, 'og:title');
  return { title, ...(chapterTitle ? { chapterTitle } : {}) };
}

/** The fiction's author: the header's profile link, else the head's author meta. */
export function authorsOf(doc: Document, base: URL): Link[] {
  const profile = doc.querySelector(
    '.fic-header a[href*="/profile/"], #chapterHeroData a[href*="/profile/"]',
  );
  if (profile && textOf(profile)) return [linkOf(profile, base)];
  const name = (metaContent(doc, 'twitter:creator') ?? metaContent(doc, 'books:author'))?.replace(
    /^@/,
    '',
  );
  return name ? [{ name }] : [];
}

/** Tags (genres) when the page shows them (`a.fiction-tag`, as on the fiction page). */
export function tagsOf(doc: Document, base: URL): Link[] {
  return linksOf(doc, 'a.fiction-tag', base);
}

// Buttons elsewhere on the page that also say "Next" (comment pages), and the story's own text.
const NOT_NAVIGATION =
  '.comments-container, .comment, .pagination, .chapter-content, .chapter-inner, .author-note-portlet';
// The redesign's Previous / Next are plain links with an arrow icon (no .btn, no .nav-buttons).
const ARROW = {
  prev: 'i.fa-arrow-left, i.fa-chevron-left',
  next: 'i.fa-arrow-right, i.fa-chevron-right',
};

/**
 * The previous or next chapter: a "Previous Chapter" / "Next Chapter" link to another chapter of
 * the fiction (at either end the site shows a disabled button instead), else a <link rel>.
 */
export function chapterNav(
  doc: Document,
  base: URL,
  which: 'prev' | 'next',
  current: { workId: string; chapterId: string },
): string | undefined {
  const word = which === 'prev' ? /\bprev(?:ious)?\b/i : /\bnext\b/i;
  const isOther = (href: string | null | undefined) => {
    const ids = idsOf(href, base);
    return (
      ids.chapterId !== undefined &&
      ids.chapterId !== current.chapterId &&
      (ids.workId === undefined || ids.workId === current.workId)
    );
  };
  // Only buttons: links in the text or the notes may say "next chapter" about anything. The
  // redesign's are links to a chapter carrying an arrow icon (found without :has(), which older
  // browsers do not parse).
  for (const a of doc.querySelectorAll('.nav-buttons a[href], a.btn[href], a[href*="/chapter/"]')) {
    if (a.closest(NOT_NAVIGATION) || a.hasAttribute('disabled') || a.matches('.disabled')) continue;
    const arrow = a.querySelector(ARROW[which]) !== null;
    const says = arrow || (a.matches('.nav-buttons a, a.btn') && word.test(textOf(a)));
    if (!says || !isOther(a.getAttribute('href'))) continue;
    return absoluteUrl(a.getAttribute('href'), base);
  }
  const rel = doc.querySelector(`link[rel="${which}"]`)?.getAttribute('href');
  return isOther(rel) ? absoluteUrl(rel, base) : undefined;
}
