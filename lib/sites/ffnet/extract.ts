import type { Extraction, KnownSiteId, Link, TocEntry } from '../types';
import { readBlocks } from '../common/blocks';
import { absoluteUrl, linkOf } from '../common/links';
import { chapterWithNotesInText, makeStory } from '../common/story';
import { textOf } from '../common/text';
import { ffnMetaLine } from './meta-line';

/**
 * FanFiction.Net and FictionPress pages (www. and m.), after the real 2020 capture and
 * SELECTORS.md section 2. Notes live in the text here, so they are recognised there.
 */

const TEXT = '#storytext, #storycontent, .storytext';
const ADS = 'div.google-auto-placed, ins.adsbygoogle, .adsbygoogle';
const LOCATION = /location\s*=\s*'([^']+)'/;

function navTarget(doc: Document, base: URL, word: RegExp): string | undefined {
  for (const button of doc.querySelectorAll('button[onclick]')) {
    if (word.test(textOf(button))) {
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

  const profile = doc.querySelector('#profile_top');
  const header = profile ?? doc.querySelector('#content');
  const title =
    textOf(profile?.querySelector(':scope > b')) ||
    textOf(doc.querySelector('#content div[align="center"] > b')) ||
    doc.title.replace(/\s+(?:Chapter\s+\d+.*|,\s+a\s+.*)$/i, '').trim();
  const author = header?.querySelector('a[href^="/u/"]');
  const summaryEl = Array.from(profile?.querySelectorAll(':scope > div') ?? []).find(
    (d) => textOf(d).length > 0,
  );

  const select = doc.querySelector('select#chap_select');
  const options = Array.from(select?.querySelectorAll('option') ?? []);
  const selected = options.find((o) => o.hasAttribute('selected'));
  const number = Number(match?.[2] ?? selected?.getAttribute('value') ?? 1);
  const toc: TocEntry[] = options.map((o) => {
    const n = o.getAttribute('value') ?? '';
    return {
      title: textOf(o).replace(/^\d+\.\s*/, ''),
      url: `${url.origin}/s/${workId}/${n}/${slug}`,
      chapterId: n,
      ...(Number(n) === number ? { current: true } : {}),
    };
  });
  const mobileTitle = /^Chapter\s+\d+:\s*(.+)$/i.exec(
    textOf(doc.querySelector('#content div[align="center"]:nth-of-type(3)')),
  )?.[1];
  const chapterTitle = toc.find((t) => t.current)?.title ?? mobileTitle;

  const text = readBlocks(container, { drop: ADS });
  const chapter = chapterWithNotesInText(text, {
    id: String(number),
    number,
    ...(chapterTitle ? { title: chapterTitle } : {}),
    url: `${url.origin}/s/${workId}/${number}/${slug}`,
  });
  const prevUrl = navTarget(doc, url, /prev/i);
  const nextUrl = navTarget(doc, url, /next/i);
  const meta = ffnMetaLine(doc.querySelector('#profile_top span.xgray'));

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
