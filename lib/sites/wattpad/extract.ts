import type { Extraction, Link } from '../types';
import { hiddenSelectors } from '../common/hidden';
import { absoluteUrl } from '../common/links';
import { chapterWithNotesInText, makeStory } from '../common/story';
import { textOf } from '../common/text';
import { authorLink, partMetadata, storyLink, wattpadToc } from './metadata';
import { isPartial, partPages, readPartText } from './text';
import { identifyWattpad } from './url';

/**
 * Wattpad part pages (/<partId>-<slug>), after SELECTORS.md section 5 (W2E WattpadParser) and
 * recalled markup: no real capture exists, so every field has a fallback (metadata JSON, links,
 * meta tags, <title>). Authors write their notes into the text here, so they are recognised there.
 * A part is paginated and loaded lazily: a page that holds only some of it says `partial`.
 */

const ORIGIN = 'https://www.wattpad.com';
const NOT_FOUND =
  /page not found|not found|seems to be missing|can(?:'|’|no)t be found|doesn(?:'|’)?t exist|no longer available|\b404\b/i;
const PART_TITLE = 'h1.h2, #story-reading header h1, .part-header h1, header h1';

function notStory(doc: Document, url: URL): Extraction {
  const said = [doc.title, ...Array.from(doc.querySelectorAll('h1, h2, .error-page')).map(textOf)];
  if (said.some((t) => NOT_FOUND.test(t))) {
    return { kind: 'not-story', reason: 'not-found', detail: 'Wattpad says this page is missing.' };
  }
  const index: Extraction = {
    kind: 'not-story',
    reason: 'index',
    detail: 'The story’s page, with its parts.',
  };
  if (/^\/story\/\d+/.test(url.pathname)) return index;
  // A part's address without its text: a paid part, or one whose text has not arrived yet.
  if (identifyWattpad(url)) {
    return { kind: 'not-story', reason: 'unknown', detail: 'This part’s text is not on the page.' };
  }
  if (doc.querySelector('.table-of-contents') !== null) return index;
  return { kind: 'not-story', reason: 'unknown', detail: 'No story text on this page.' };
}

/** The part id the page gives itself (canonical link, og:url), for URLs that do not carry it. */
function partIdFromPage(doc: Document): string | undefined {
  const el = doc.querySelector('link[rel="canonical"][href], meta[property="og:url"][content]');
  const href = el?.getAttribute('href') ?? el?.getAttribute('content') ?? '';
  return /wattpad\.com\/(\d+)(?:-|$|\/)/.exec(href)?.[1];
}

/** The story's title from og:title or <title> ("Story - Part - Wattpad"), without the part's. */
function titleFromHead(doc: Document, partTitle: string | undefined): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  for (const raw of [og, doc.title]) {
    const segments = raw
      .replace(/\s*[-|–]\s*Wattpad\s*$/i, '')
      .split(/\s+[-–|]\s+/)
      .map((s) => s.trim())
      .filter((s) => s && s !== partTitle);
    if (segments.length > 0) return segments.join(' - ');
  }
  return '';
}

/** Reads a Wattpad part page. */
export function extractWattpad(doc: Document, url: URL): Extraction {
  const pages = partPages(doc);
  if (pages.length === 0 || /^\/story\/\d+/.test(url.pathname)) return notStory(doc, url);
  const partId =
    identifyWattpad(url)?.chapterId ?? partIdFromPage(doc) ?? partMetadata(doc, undefined).partId;
  if (!partId) return { kind: 'not-story', reason: 'unknown', detail: 'No part id on this page.' };

  const meta = partMetadata(doc, partId);
  const link = storyLink(doc, url);
  const workId = meta.storyId ?? link.id;
  if (!workId) return { kind: 'not-story', reason: 'unknown', detail: 'No story id on this page.' };

  const toc = wattpadToc(doc, url, partId);
  const index = toc.findIndex((t) => t.current);
  const title =
    textOf(doc.querySelector(PART_TITLE)) || meta.title || toc[index]?.title || undefined;
  const partial = isPartial(doc, url, pages, partId, meta.pages);
  const text = readPartText(pages, hiddenSelectors(doc));
  const slug = /^\/\d+(-[^/]*)?/.exec(url.pathname)?.[1] ?? '';
  // Notes at the bottom are only known once the last page is here.
  const chapter = {
    ...chapterWithNotesInText(
      { ...text, complete: text.complete && !partial },
      {
        id: partId,
        ...(index >= 0 ? { number: index + 1 } : {}),
        ...(title ? { title } : {}),
        url: toc[index]?.url ?? `${ORIGIN}/${partId}${slug}`,
      },
    ),
    complete: text.complete,
  };

  const author: Link | undefined =
    authorLink(doc, url) ??
    (meta.author ? { name: meta.author, url: `${ORIGIN}/user/${meta.author}` } : undefined);
  const nextUrl =
    absoluteUrl(doc.querySelector('a.next-part-link')?.getAttribute('href'), url) ??
    (index >= 0 ? toc[index + 1]?.url : undefined);
  const prevUrl = index > 0 ? toc[index - 1]?.url : undefined;
  const status =
    meta.complete === undefined ? 'unknown' : meta.complete ? 'complete' : 'in-progress';

  return {
    kind: 'story',
    story: makeStory({
      site: 'wattpad',
      siteName: 'Wattpad',
      workId,
      chapterId: partId,
      view: 'chapter',
      canonicalUrl: `${ORIGIN}/story/${workId}`,
      title: meta.storyTitle ?? link.title ?? (titleFromHead(doc, title) || 'Untitled'),
      authors: author ? [author] : [],
      status,
      ...(toc.length > 0 ? { chapterCount: String(toc.length) } : {}),
      chapters: [chapter],
      toc,
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
      ...(partial ? { partial: true } : {}),
    }),
  };
}
