import type { Extraction, NotStoryReason } from '../types';
import { textOf } from '../common/text';
import type { ThreadRef } from './url';

/**
 * Why a XenForo page is not a story (SELECTORS.md section 6; the error and listing markup is
 * recalled XenForo 2, see tests/pages/xenforo/). XenForo shows errors and permission walls as a
 * div.blockMessage in place of the content, with "Oops! We ran into some problems." as the title.
 */

const POSTS = 'article.message--post, article.message.hasThreadmark';
const INDEX = '.threadmarkListingHeader, .structItem--threadmark';
const LISTING = '.structItem--thread, .node--forum, .block--nodes';

type NotStory = Extract<Extraction, { kind: 'not-story' }>;
const notStory = (reason: NotStoryReason, detail: string): NotStory => ({
  kind: 'not-story',
  reason,
  detail,
});

/** True when the page holds forum posts (story posts or comments). */
export function hasPosts(doc: Document): boolean {
  return doc.querySelector(POSTS) !== null;
}

/** The page is not a story whatever its posts say: the threadmarks index, an error, a listing. */
export function xenforoNotStory(doc: Document, ref: ThreadRef | null): NotStory | null {
  const template = doc.documentElement.getAttribute('data-template') ?? '';
  if (ref?.kind === 'threadmarks' || (template === 'threadmarks' && !hasPosts(doc))) {
    return notStory('index', "The thread's threadmarks index: the list of its chapters.");
  }
  if (hasPosts(doc)) return null;

  const message = Array.from(doc.querySelectorAll('.p-body-pageContent .blockMessage'))
    .map((el) => textOf(el))
    .join(' ');
  if (/could not be found|was not found|does not exist/i.test(message)) {
    return notStory('not-found', `The forum says: ${message}`);
  }
  if (/must be logged[- ]in|log in or register|do not have permission/i.test(message)) {
    return notStory('login-wall', 'The forum shows this thread only to members who are logged in.');
  }
  if (doc.querySelector(INDEX)) {
    return notStory('index', "The thread's threadmarks index: the list of its chapters.");
  }
  if (doc.querySelector(LISTING) || /^forum_(?:view|list)$/.test(template)) {
    return notStory('listing', 'A list of forum threads.');
  }
  return notStory('unknown', 'No forum posts on this page.');
}

/** Why a page of posts without a threadmarked one is not a story. */
export function noThreadmarks(doc: Document, ref: ThreadRef | null): NotStory {
  // The thread's threadmarks bar or a link to its index: the story is on other pages.
  const threadmarked =
    doc.querySelector('.block-outer-recent-threadmarks, .threadmarkMenus') !== null ||
    Array.from(doc.querySelectorAll('a[href*="/threadmarks"]')).some(
      (a) => !ref || new RegExp(`[./]${ref.workId}/threadmarks`).test(a.getAttribute('href') ?? ''),
    );
  return notStory(
    'unknown',
    threadmarked
      ? 'This page of the thread holds only comments: the story is in its threadmarked posts, on other pages.'
      : 'This thread has no threadmarks, so it has no story to read: only forum posts.',
  );
}
