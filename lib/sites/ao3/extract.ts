import type { Extraction, SiteId } from '../types';
import { hiddenSelectors } from '../common/hidden';
import { absoluteUrl } from '../common/links';
import { makeStory } from '../common/story';
import { otwChapters, otwToc } from './chapters';
import { otwMeta, otwPreface } from './meta';
import { otwNotStory } from './page-kind';
import { identifyOtwPath } from './url';

// Inside the text: AO3's hidden "Chapter Text" / "Work Text:" headings for screen readers.
const CHROME_IN_TEXT = 'h3.landmark';

/** The work id from the page itself, for URLs that do not carry it. */
function workIdFromPage(doc: Document): string | undefined {
  const input = doc.querySelector<HTMLInputElement>('#kudo_commentable_id');
  if (input?.value && /^\d+$/.test(input.value)) return input.value;
  for (const a of doc.querySelectorAll('#chapters h3.title a, ul.work.navigation a')) {
    const id = /\/works\/(\d+)/.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

/** The work skin: the page's <style> written for #workskin. */
function workSkin(doc: Document): string | undefined {
  const css = Array.from(doc.querySelectorAll('#main style'))
    .map((s) => s.textContent ?? '')
    .filter((text) => text.includes('#workskin'))
    .join('\n')
    .trim();
  return css || undefined;
}

/**
 * Reads a page of the AO3 software (the Archive itself, or another install opened on request):
 * one-shot, chapter, or entire work, or says why it is not a story.
 */
export function extractOtw(doc: Document, url: URL, site: SiteId, siteName: string): Extraction {
  const notStory = otwNotStory(doc);
  if (notStory) return notStory;
  const workId = identifyOtwPath(url)?.workId ?? workIdFromPage(doc);
  if (!workId) return { kind: 'not-story', reason: 'unknown', detail: 'No work id on this page.' };
  const workPath = `/works/${workId}`;

  const chapters = otwChapters(doc, url, {
    drop: CHROME_IN_TEXT,
    hiddenSelectors: hiddenSelectors(doc),
  });
  if (chapters.length === 0)
    return { kind: 'not-story', reason: 'unknown', detail: 'The work has no text.' };

  const single = doc.querySelector('#chapters > .userstuff') !== null;
  const entire =
    !single &&
    (chapters.length > 1 ||
      url.searchParams.get('view_full_work') === 'true' ||
      doc.querySelector('ul.work.navigation li.chapter.bychapter') !== null);
  const view = single ? 'single' : entire ? 'entire' : 'chapter';
  const chapterId = entire ? undefined : chapters[0]?.id;
  const prevUrl = absoluteUrl(
    doc.querySelector('ul.work.navigation li.chapter.previous a')?.getAttribute('href'),
    url,
  );
  const nextUrl = absoluteUrl(
    doc.querySelector('ul.work.navigation li.chapter.next a')?.getAttribute('href'),
    url,
  );
  const skin = workSkin(doc);

  return {
    kind: 'story',
    story: makeStory({
      site,
      siteName,
      workId,
      view,
      canonicalUrl: `${url.origin}${workPath}`,
      ...otwMeta(doc, url),
      ...otwPreface(doc, url),
      chapters,
      toc: otwToc(doc, url, workPath, chapters, chapterId),
      ...(chapterId !== undefined ? { chapterId } : {}),
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
      ...(skin ? { workSkin: skin } : {}),
    }),
  };
}
