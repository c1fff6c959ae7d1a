import type { Extraction } from '../types';
import { hiddenSelectors } from '../common/hidden';
import { absoluteUrl } from '../common/links';
import { makeChapter, makeStory } from '../common/story';
import { trimmedPath } from '../common/url';
import { authorsOf, chapterNav, fictionLink, idsOf, selfHref, tagsOf, titlesOf } from './header';
import { chapterListOf } from './chapter-list';
import { authorNotes, NOTE_BOX } from './notes';
import { royalRoadNotStory } from './page-kind';
import { readChapterText } from './text';
import { identifyRoyalRoad } from './url';

/**
 * Royal Road chapter pages, after ../shared/SELECTORS.md section 4 (text in
 * `div.chapter-inner.chapter-content`, author's notes in their own boxes, anti-piracy paragraphs
 * hidden by a random class in an inline <style>) and recalled markup for the rest (see header.ts
 * and tests/pages/royalroad.ts). No real capture of the site exists here. The notes have their
 * own field on this site, so the text is taken as it is (no notes-in-text guessing).
 */

const ORIGIN = 'https://www.royalroad.com';
const TEXT = 'div.chapter-inner.chapter-content';
// In case a redesign parts the two classes.
const TEXT_FALLBACK = 'div.chapter-content, div.chapter-inner';
// Inside the text: a note box (read as a note) and ad slots, should the site put them there.
const CHROME_IN_TEXT = `${NOTE_BOX}, .adsbygoogle, div[id^="Content_"]`;

/** The address on the canonical host, without query or fragment. */
function onSite(href: string | undefined, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  return url ? `${ORIGIN}${trimmedPath(new URL(url))}` : undefined;
}

/** The fiction and chapter ids: from the address, else from what the page says about itself. */
function pageIds(doc: Document, url: URL) {
  const own = idsOf(selfHref(doc), url);
  const fromUrl = identifyRoyalRoad(url) ?? idsOf(url.href, url);
  const link = fictionLink(doc, url);
  const linked = link ? idsOf(link.getAttribute('href'), url) : {};
  // The odd /fiction/chapter/<id>?fid=<fiction>&fslug=<slug> form names the fiction in its query.
  const fid = url.searchParams.get('fid') ?? '';
  const workId =
    fromUrl.workId ?? (/^\d+$/.test(fid) ? fid : undefined) ?? own.workId ?? linked.workId;
  const chapterId = fromUrl.chapterId ?? own.chapterId;
  const slug =
    [linked, own, idsOf(url.href, url)].find((ids) => ids.workId === workId && ids.slug)?.slug ??
    (url.searchParams.get('fslug') || undefined);
  return { workId, chapterId, slug, own };
}

/** Reads a Royal Road page: a chapter, or why it is not one. */
export function extractRoyalRoad(doc: Document, url: URL): Extraction {
  const content = doc.querySelector(TEXT) ?? doc.querySelector(TEXT_FALLBACK);
  if (!content) return royalRoadNotStory(doc, url);
  const { workId, chapterId, slug, own } = pageIds(doc, url);
  if (!workId || !chapterId) {
    return {
      kind: 'not-story',
      reason: 'unknown',
      detail: 'No fiction or chapter id on this page.',
    };
  }
  const canonicalUrl = `${ORIGIN}/fiction/${workId}${slug ? `/${slug}` : ''}`;
  const chapterUrl =
    (own.chapterId === chapterId ? onSite(selfHref(doc), url) : undefined) ??
    (identifyRoyalRoad(url) ? onSite(url.href, url) : `${canonicalUrl}/chapter/${chapterId}`);

  const hidden = hiddenSelectors(doc);
  const text = readChapterText(content, { drop: CHROME_IN_TEXT, hiddenSelectors: hidden });
  if (text.complete && text.blocks.length === 0) {
    return {
      kind: 'not-story',
      reason: 'unknown',
      detail: 'This chapter has no text on the page.',
    };
  }
  const { title, chapterTitle } = titlesOf(doc, url);
  const current = { workId, chapterId };
  // The fiction's chapter list when the page states one; else only the Previous / Next links.
  const toc = chapterListOf(doc, url, current);
  const index = toc.findIndex((entry) => entry.current);
  const chapter = makeChapter(text, {
    id: chapterId,
    ...(index >= 0 ? { number: index + 1 } : {}),
    ...(chapterTitle ? { title: chapterTitle } : {}),
    ...authorNotes(doc, content, { hiddenSelectors: hidden }),
    ...(chapterUrl ? { url: chapterUrl } : {}),
  });
  const prevUrl = chapterNav(doc, url, 'prev', current);
  const nextUrl = chapterNav(doc, url, 'next', current);
  return {
    kind: 'story',
    story: makeStory({
      site: 'royalroad',
      siteName: 'Royal Road',
      workId,
      chapterId,
      view: 'chapter',
      canonicalUrl,
      title,
      authors: authorsOf(doc, url),
      additionalTags: tagsOf(doc, url),
      chapters: [chapter],
      toc,
      ...(toc.length > 0 ? { chapterCount: String(toc.length) } : {}),
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
    }),
  };
}
