import type { Extraction, KnownSiteId, Link, TocEntry } from '../types';
import { readBlocks } from '../common/blocks';
import { absoluteUrl, linkOf } from '../common/links';
import { chapterWithNotesInText, makeStory } from '../common/story';
import { textOf } from '../common/text';
import { ffnHeader, ffnMetaElement, ffnStoryTitle, ffnSummaryElement, pageTitleOf } from './header';
import { ffnMetaLine } from './meta-line';

/**
 * FanFiction.Net and FictionPress pages (www. and m.), after the real 2020 capture and
 * SELECTORS.md section 2, and the 2012 layout (see header.ts). Notes live in the text here, so
 * they are recognised there.
 */

const TEXT = '#storytext, #storycontent, .storytext';
const ADS = 'div.google-auto-placed, ins.adsbygoogle, .adsbygoogle';
const LOCATION = /location\s*=\s*'([^']+)'/;

function navTarget(doc: Document, base: URL, word: RegExp): string | undefined {
  // <button onClick> today; <INPUT TYPE=BUTTON Value="Next >" onClick> in 2012.
  for (const button of doc.querySelectorAll('button[onclick], input[type="button" i][onclick]')) {
    const label =
      button.tagName === 'INPUT' ? (button.getAttribute('value') ?? '') : textOf(button);
    if (word.test(label)) {
      const target = LOCATION.exec(button.getAttribute('onclick') ?? '')?.[1];
      return absoluteUrl(target, base);
    }
  }
  for (const a of doc.querySelectorAll('a[href^="/s/"]')) {
    if (word.test(textOf(a))) return absoluteUrl(a.getAttribute('href'), base);
  }
  return undefined;
}

function fandomsOf(doc: Document, base: URL): Link[] {
  const crumbs = doc.querySelectorAll(
    '#pre_story_links a, #content > div[align="center"]:first-of-type a',
  );
  const last = crumbs[crumbs.length - 1];
  if (!last) return [];
  const link = linkOf(last, base);
  // Crossovers read "A + B Crossover".
  const names = link.name.replace(/\s+Crossover$/i, '').split(/\s+\+\s+/);
  return names.length > 1 ? names.map((name) => ({ name })) : [link];
}

/**
 * A chapter's title in the site's list, without the number the site puts before each ("11. Ch 10:
 * Now Darkness Falls" is chapter 11, which its author titled "Ch 10: Now Darkness Falls").
 */
function listTitle(option: Element, value: string): string {
  const text = textOf(option);
  const numbered = new RegExp(`^${value.replace(/\D/g, '')}\\.\\s*`);
  return (value && numbered.test(text) ? text.replace(numbered, '') : text).trim();
}

/** The mobile site's "Chapter 3: Title" line: the title the author gave. */
function mobileChapterTitle(doc: Document): string | undefined {
  return /^Chapter\s+\d+:\s*(.+)$/i.exec(
    textOf(doc.querySelector('#content div[align="center"]:nth-of-type(3)')),
  )?.[1];
}

/** This chapter's title as the page's <title> gives it ("Story Chapter-title, a ... fanfic"). */
function chapterTitleFromPage(doc: Document, storyTitle: string): string | undefined {
  const full = pageTitleOf(doc);
  if (!storyTitle || !full.startsWith(`${storyTitle} `)) return undefined;
  return full.slice(storyTitle.length).trim() || undefined;
}

/** The list cuts long titles ("The Oce..."); the page's <title> has the current one in full. */
function fullTitle(listed: string, fromPage: string | undefined): string {
  const cut = /(?:\.\.\.|…)$/.exec(listed);
  if (!cut || !fromPage) return listed;
  return fromPage.startsWith(listed.slice(0, cut.index)) ? fromPage : listed;
}

/** Reads an FFN-software page. */
export function extractFfn(
  doc: Document,
  url: URL,
  site: KnownSiteId,
  siteName: string,
): Extraction {
  const container = doc.querySelector(TEXT);
  if (!container) {
    const warning = textOf(doc.querySelector('.gui_warning, #content_wrapper_inner'));
    if (/story not found|chapter not found|not found/i.test(warning)) {
      return {
        kind: 'not-story',
        reason: 'not-found',
        detail: 'The site says this story does not exist.',
      };
    }
    if (doc.querySelector('div.z-list'))
      return { kind: 'not-story', reason: 'listing', detail: 'A list of stories.' };
    return { kind: 'not-story', reason: 'unknown', detail: 'No story text on this page.' };
  }
  const match = /^\/s\/(\d+)(?:\/(\d+))?(?:\/([^/]*))?/.exec(url.pathname);
  const workId = match?.[1];
  if (!workId)
    return { kind: 'not-story', reason: 'unknown', detail: 'No story id in the address.' };
  const slug = match?.[3] ?? '';

  const header = ffnHeader(doc);
  const title = ffnStoryTitle(doc, header);
  const author = header?.querySelector('a[href^="/u/"]');
  const metaLine = ffnMetaElement(header);
  const summaryEl = ffnSummaryElement(header, metaLine);

  const select = doc.querySelector('select#chap_select');
  const options = Array.from(select?.querySelectorAll('option') ?? []);
  const selected = options.find((o) => o.hasAttribute('selected'));
  const number = Number(match?.[2] ?? selected?.getAttribute('value') ?? 1);
  const toc: TocEntry[] = options.map((o) => {
    const n = o.getAttribute('value') ?? '';
    return {
      title: listTitle(o, n),
      url: `${url.origin}/s/${workId}/${n}/${slug}`,
      chapterId: n,
      ...(Number(n) === number ? { current: true } : {}),
    };
  });
  const current = toc.find((t) => t.current);
  const chapterTitle = current
    ? fullTitle(current.title, chapterTitleFromPage(doc, title))
    : mobileChapterTitle(doc);
  if (current && chapterTitle) current.title = chapterTitle;

  const text = readBlocks(container, { drop: ADS });
  const chapter = chapterWithNotesInText(text, {
    id: String(number),
    number,
    ...(chapterTitle ? { title: chapterTitle } : {}),
    url: `${url.origin}/s/${workId}/${number}/${slug}`,
  });
  const prevUrl = navTarget(doc, url, /prev/i);
  const nextUrl = navTarget(doc, url, /next/i);
  const meta = ffnMetaLine(metaLine);

  return {
    kind: 'story',
    story: makeStory({
      site,
      siteName,
      workId,
      chapterId: String(number),
      view: toc.length > 1 || number > 1 ? 'chapter' : 'single',
      canonicalUrl: `https://www.${url.hostname.replace(/^(?:www|m)\./, '')}/s/${workId}/1/${slug}`,
      title,
      authors: author ? [linkOf(author, url)] : [],
      fandoms: fandomsOf(doc, url),
      ...meta,
      chapterCount: meta.chapterCount ?? (toc.length > 0 ? String(toc.length) : '1'),
      ...(summaryEl ? { summary: `<p>${summaryEl.innerHTML.trim()}</p>` } : {}),
      chapters: [chapter],
      toc,
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
    }),
  };
}
