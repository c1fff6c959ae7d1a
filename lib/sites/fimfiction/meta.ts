import type { Link, Story, TocEntry, WorkStatus } from '../types';
import { readBlocks } from '../common/blocks';
import { absoluteUrl, linkOf } from '../common/links';
import { textOf } from '../common/text';

/**
 * A Fimfiction story's metadata as a page shows it (SELECTORS.md section 7, FanFicFare
 * adapter_fimfictionnet.py :141-275): a.story_name, the author's /user/<id>/<name> link,
 * a.content-rating-*, span.completed-status-*, span.description-text, ul.story-tags a.tag-*, and
 * the chapter list ul.chapters a.chapter-title. The chapter page's own layout around them is
 * recalled, so each is looked for where it is documented first and then more widely.
 */

/** The site's origin: links come out on www. whichever host opened the page. */
export const FIMFICTION_ORIGIN = 'https://www.fimfiction.net';

// Other people's links: commenters, the user menu, other stories' cards.
const ELSEWHERE = '.comment, #comment_list, .comment_list, .user_toolbar, .story-card, footer';
const RATINGS: Record<string, string> = { everyone: 'Everyone', teen: 'Teen', mature: 'Mature' };

const outside = (el: Element) => el.closest(ELSEWHERE) === null;

/** The path of an href on Fimfiction, or undefined for other sites. */
export function fimfictionPath(href: string | null, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  if (!url) return undefined;
  const parsed = new URL(url);
  return /(?:^|\.)fimfiction\.net$/i.test(parsed.hostname) ? parsed.pathname : undefined;
}

/** The story's title and page (the link to /story/<id>/<slug> without a chapter number). */
export function storyLink(doc: Document, base: URL, workId: string): Link | undefined {
  // A slug, never a chapter number, may follow the id.
  const own = new RegExp(`^/story/${workId}(?:/(?!\\d+(?:/|$))[^/]+)?/?$`);
  const anchors = [
    ...Array.from(doc.querySelectorAll('a.story_name[href]')),
    ...Array.from(doc.querySelectorAll('a[href*="/story/"]')),
  ].filter(outside);
  const anchor = anchors.find(
    (a) => own.test(fimfictionPath(a.getAttribute('href'), base) ?? '') && textOf(a),
  );
  if (!anchor) return undefined;
  const path = fimfictionPath(anchor.getAttribute('href'), base) ?? `/story/${workId}`;
  return { name: textOf(anchor), url: `${FIMFICTION_ORIGIN}${path}` };
}

/** The author: the story's header link to /user/<id>/<name>, not a commenter's. */
export function authorOf(doc: Document, base: URL): Link | undefined {
  const anchor = [
    ...Array.from(doc.querySelectorAll('.info-container a[href*="/user/"]')),
    ...Array.from(doc.querySelectorAll('.story-top-toolbar a[href*="/user/"], .author a[href]')),
    ...Array.from(doc.querySelectorAll('a[href*="/user/"]')),
  ]
    .filter(outside)
    .find((a) => /^\/user\/\d+/.test(fimfictionPath(a.getAttribute('href'), base) ?? ''));
  if (!anchor) return undefined;
  const link = linkOf(anchor, base);
  const path = fimfictionPath(anchor.getAttribute('href'), base);
  return path ? { ...link, url: `${FIMFICTION_ORIGIN}${path}` } : link;
}

/** Rating, status, tags and description, where the page shows them. */
export function storyMeta(doc: Document, base: URL): Partial<Story> {
  const meta: Partial<Story> = {};
  const rating = Array.from(doc.querySelectorAll('[class*="content-rating-"]')).find(outside);
  if (rating) {
    const key = /content-rating-(\w+)/.exec(rating.getAttribute('class') ?? '')?.[1] ?? '';
    const url = absoluteUrl(rating.getAttribute('href'), base);
    meta.rating = { name: RATINGS[key] ?? textOf(rating), ...(url ? { url } : {}) };
  }
  const status = Array.from(doc.querySelectorAll('[class*="completed-status-"]')).find(outside);
  if (status) meta.status = statusOf(textOf(status));

  const list = Array.from(doc.querySelectorAll('ul.story-tags')).find(outside);
  const anchors = list
    ? Array.from(list.querySelectorAll('a'))
    : Array.from(doc.querySelectorAll('a[class*="tag-"]')).filter(outside);
  const tags = (kind: string) =>
    anchors
      .filter((a) => a.classList.contains(`tag-${kind}`))
      .map((a) => linkOf(a, base))
      .filter((l) => l.name);
  meta.fandoms = tags('series');
  meta.characters = tags('character');
  meta.warnings = tags('warning');
  meta.additionalTags = [...tags('genre'), ...tags('content')];

  const description = doc.querySelector('span.description-text');
  if (description) {
    const html = readBlocks(description).blocks.join('\n');
    if (html) meta.summary = html;
  }
  return meta;
}

/** Fimfiction's Complete / Incomplete / On Hiatus / Cancelled as a work status. */
function statusOf(text: string): WorkStatus {
  if (/^complete/i.test(text)) return 'complete';
  if (/incomplete|hiatus/i.test(text)) return 'in-progress';
  return 'unknown';
}

/** The chapter list (ul.chapters), one entry per chapter number. */
export function fimfictionToc(
  doc: Document,
  base: URL,
  workId: string,
  current: string,
): TocEntry[] {
  const own = new RegExp(`^/story/${workId}/(\\d+)(?:/|$)`);
  const seen = new Set<string>();
  const toc: TocEntry[] = [];
  for (const a of doc.querySelectorAll('ul.chapters a.chapter-title, ul.chapters a[href]')) {
    const path = fimfictionPath(a.getAttribute('href'), base) ?? '';
    const chapterId = own.exec(path)?.[1];
    if (!chapterId || seen.has(chapterId) || !outside(a)) continue;
    seen.add(chapterId);
    toc.push({
      title: textOf(a),
      url: `${FIMFICTION_ORIGIN}${path}`,
      chapterId,
      ...(chapterId === current ? { current: true } : {}),
    });
  }
  return toc;
}
