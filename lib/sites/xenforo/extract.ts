import type { Chapter, Extraction, KnownSiteId } from '../types';
import { hiddenSelectors } from '../common/hidden';
import { absoluteUrl } from '../common/links';
import { chapterWithNotesInText, makeStory } from '../common/story';
import { textOf } from '../common/text';
import { postBody, readPostBody } from './body';
import {
  threadIdentity,
  threadStarted,
  threadStarter,
  threadStatus,
  threadTags,
  threadTitle,
} from './meta';
import { noThreadmarks, xenforoNotStory } from './page-kind';
import { xenforoThreadRef } from './url';

/**
 * SpaceBattles, Sufficient Velocity and Questionable Questing: XenForo 2 forums where a story is
 * the thread's threadmarked posts (SELECTORS.md section 6; no real capture exists here, see
 * tests/pages/xenforo/ for what is documented and what is recalled). One page may be:
 * - a reader page (/reader/, /reader/page-N): only threadmarked posts, several chapters;
 * - a thread page: threadmarked story posts among readers' comments; only the former count;
 * - a post permalink (/post-N, or #post-N): that post is the chapter.
 * Chapter ids are post ids, so a chapter keeps its id whichever page shows it.
 */

const THREADMARKED = 'article.message.hasThreadmark, article.message--post.hasThreadmark';
const HEADER = '.message-cell--threadmark-header, .message-threadmarkHeader, .threadmarker';

/** The post id of an article: data-content="post-N", else id="js-post-N". */
function postIdOf(post: Element): string | undefined {
  return (
    /^post-(\d+)$/.exec(post.getAttribute('data-content') ?? '')?.[1] ??
    /^js-post-(\d+)$/.exec(post.id)?.[1]
  );
}

/** The threadmark header of a post: where its label and previous/next links live. */
function headerOf(post: Element): Element | null {
  return post.querySelector(HEADER);
}

/** The threadmark's label: in the header, else anywhere in the post outside its text. */
function threadmarkLabel(post: Element): string {
  const label =
    headerOf(post)?.querySelector('.threadmarkLabel') ??
    Array.from(post.querySelectorAll('.threadmarkLabel')).find((l) => !l.closest('.message-body'));
  return textOf(label);
}

/** Staff notices are threadmarked too (their own category); they are not the story. */
function isStaffPost(post: Element): boolean {
  return /^staff post$/i.test(textOf(headerOf(post)?.querySelector('label')));
}

const NAV = 'li.threadmark-nav a[href], a.threadmark-control[href]';

/** The post's threadmark controls (previous, next, index), outside its text. */
function navAnchors(post: Element): Element[] {
  const scope = headerOf(post) ?? post;
  return Array.from(scope.querySelectorAll(NAV)).filter(
    (a) => !a.closest('.message-body') && !a.classList.contains('is-disabled'),
  );
}

/** True when the post has threadmark navigation, whatever links it offers. */
function hasThreadmarkNav(post: Element): boolean {
  return headerOf(post)?.querySelector('li.threadmark-nav, .threadmark-control') != null;
}

/** The threadmark's previous or next link, from the threadmark header (not the post text). */
function threadmarkLink(post: Element, dir: 'prev' | 'next', base: URL): string | undefined {
  const anchors = navAnchors(post);
  const match =
    anchors.find((a) => a.className.includes(`threadmark-control--${dir}`)) ??
    anchors.find((a) => (dir === 'prev' ? /\bprev/i : /\bnext\b/i).test(textOf(a)));
  return absoluteUrl(match?.getAttribute('href'), base);
}

/** The page navigation's previous or next page. */
function pageLink(doc: Document, dir: 'prev' | 'next', base: URL): string | undefined {
  const a = doc.querySelector(
    `a.pageNav-jump--${dir}[href], a.pageNavSimple-el--${dir}[href], link[rel="${dir}"][href]`,
  );
  return absoluteUrl(a?.getAttribute('href'), base);
}

/** Reads a XenForo forum page: the threadmarked posts on it, or why it is not a story. */
export function extractXenforo(
  doc: Document,
  url: URL,
  site: KnownSiteId,
  siteName: string,
): Extraction {
  const ref = xenforoThreadRef(url);
  const notStory = xenforoNotStory(doc, ref);
  if (notStory) return notStory;

  const seen = new Set<string>();
  const posts = Array.from(doc.querySelectorAll(THREADMARKED)).filter((post) => {
    const id = postIdOf(post);
    if (!id || seen.has(id) || isStaffPost(post)) return false;
    seen.add(id);
    return postBody(post) !== null;
  });
  if (posts.length === 0) return noThreadmarks(doc, ref);

  const thread = threadIdentity(doc, url);
  if (!thread)
    return { kind: 'not-story', reason: 'unknown', detail: 'No thread id on this page.' };
  const origin = `https://${url.hostname.toLowerCase()}`;
  const threadPath = `/threads/${thread.slug ? `${thread.slug}.` : ''}${thread.workId}/`;

  // A permalink names one post (/post-N, or #post-N on a thread page): when it is a threadmarked
  // one, that post is the chapter; a link to a comment shows the page's story posts instead.
  const targetId = ref?.postId ?? /^#post-(\d+)$/.exec(url.hash)?.[1];
  const target = posts.find((post) => postIdOf(post) === targetId);
  const shown = target ? [target] : posts;

  const hidden = hiddenSelectors(doc);
  const chapters: Chapter[] = [];
  for (const post of shown) {
    const id = postIdOf(post);
    const body = postBody(post);
    if (!id || !body) continue;
    const title = threadmarkLabel(post);
    const permalink = post.querySelector(
      `.message-attribution a[href*="post-${id}"], .message-attribution a[href*="/posts/${id}"]`,
    );
    chapters.push(
      chapterWithNotesInText(readPostBody(body, url, hidden), {
        id,
        ...(title ? { title } : {}),
        url:
          absoluteUrl(permalink?.getAttribute('href'), url) ?? `${origin}${threadPath}post-${id}`,
      }),
    );
  }

  // Reader pages hold consecutive threadmarks: their page navigation is the way on. Elsewhere the
  // threadmark header's links lead to the previous and next chapter wherever they are; a header
  // without one is the first or the latest chapter, so the thread's next page (comments) is not.
  const ends = { prev: shown[0], next: shown[shown.length - 1] };
  const nav = (dir: 'prev' | 'next') => {
    const post = ends[dir];
    const byThreadmark = post && threadmarkLink(post, dir, url);
    if (ref?.kind === 'reader') return pageLink(doc, dir, url) ?? byThreadmark;
    if (byThreadmark || target || (post && hasThreadmarkNav(post))) return byThreadmark;
    return pageLink(doc, dir, url);
  };
  const prevUrl = nav('prev');
  const nextUrl = nav('next');

  const { title, prefixes } = threadTitle(doc, siteName);
  const published = threadStarted(doc);
  const tags = threadTags(doc, url);
  return {
    kind: 'story',
    story: makeStory({
      site,
      siteName,
      workId: thread.workId,
      view: target ? 'chapter' : 'multi',
      canonicalUrl: `${origin}${threadPath}`,
      title,
      authors: threadStarter(doc, posts[0], url),
      additionalTags: tags,
      status: threadStatus(doc, prefixes),
      chapters,
      ...(target && chapters[0] ? { chapterId: chapters[0].id } : {}),
      ...(published ? { published } : {}),
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
    }),
  };
}
