import type { Extraction, NotStoryReason } from '../types';
import { textOf } from '../common/text';

/**
 * Why a Royal Road page without chapter text is not a story. The fiction page is recognised by
 * its chapter table (`table#chapters`, SELECTORS.md section 4); the error pages and listings by
 * recalled markup (a 404 block, "Not Found" / "Forbidden" titles, `.fiction-list-item`), with the
 * page title as a fallback since no capture of them exists here.
 */

type NotStory = Extract<Extraction, { kind: 'not-story' }>;

const notStory = (reason: NotStoryReason, detail: string): NotStory => ({
  kind: 'not-story',
  reason,
  detail,
});

/** The page's title without the site's " | Royal Road" suffix. */
export function pageTitle(doc: Document): string {
  return doc.title.replace(/\s*\|\s*Royal\s*Road\s*$/i, '').trim();
}

// A fiction's own page: /fiction/<id> or /fiction/<id>/<slug>.
const FICTION_PAGE = /^\/fiction\/\d+(?:\/[^/]+)?\/?$/;

/** Why this page, which has no chapter text, is not a story. */
export function royalRoadNotStory(doc: Document, url?: URL): NotStory {
  const title = pageTitle(doc);
  const heading = textOf(doc.querySelector('.page-404 h3, .page-404 .number, .page-content h1'));
  if (
    doc.querySelector('.page-404') ||
    /^(?:404\b|(?:page\s+)?not\s+found\b)/i.test(title) ||
    /^(?:404|(?:page\s+)?not\s+found)$/i.test(heading)
  ) {
    return notStory('not-found', 'Royal Road says this page does not exist (404).');
  }
  // Deleted, unpublished and hidden chapters answer "Forbidden" (with a 200 status).
  if (/^forbidden\b/i.test(title) || /^forbidden$/i.test(heading)) {
    return notStory('not-found', 'Royal Road does not show this chapter (deleted or hidden).');
  }
  // The redesign may have dropped the chapter table: the address says it is the fiction's page.
  if (
    doc.querySelector('table#chapters, tr.chapter-row') ||
    (url && FICTION_PAGE.test(url.pathname) && !url.pathname.startsWith('/fiction/chapter'))
  ) {
    return notStory('index', "The fiction's page: its description and chapter list.");
  }
  if (doc.querySelectorAll('.fiction-list-item').length > 0) {
    return notStory('listing', 'A list of fictions.');
  }
  return notStory('unknown', 'No chapter text on this page.');
}
