import { esc } from '../html';
import { layout, member, pageNav, relLinks, time, titleHeader } from './layout';
import { messages } from './posts';
import { discussionThread } from './samples';
import {
  threadPath,
  xenforoForumUrl,
  xenforoReaderUrl,
  xenforoThreadmarks,
  xenforoThreadmarksUrl,
  xenforoThreadUrl,
  type XenforoHost,
  type XenforoThreadSpec,
} from './thread-spec';

/** A page (1-based) of the thread: threadmarked story posts and comments, as the thread shows them. */
export function xenforoThreadPage(
  s: XenforoThreadSpec,
  page = 1,
  opts: { threadmarks?: boolean } = {},
): string {
  const total = Math.max(1, Math.ceil(s.posts.length / s.postsPerPage));
  const posts = s.posts.slice((page - 1) * s.postsPerPage, page * s.postsPerPage);
  const base = threadPath(s);
  return layout(s, {
    template: 'thread_view',
    title: page > 1 ? `${s.title} | Page ${page}` : s.title,
    canonical: xenforoThreadUrl(s, page),
    head: relLinks(base, page, total),
    header: titleHeader(s),
    content: messages(s, posts, pageNav(base, page, total), opts.threadmarks ?? true),
  });
}

/** A reader-mode page (1-based): only threadmarked posts, `readerPerPage` of them. */
export function xenforoReaderPage(s: XenforoThreadSpec, page = 1): string {
  const marks = xenforoThreadmarks(s);
  const total = Math.max(1, Math.ceil(marks.length / s.readerPerPage));
  const base = `${threadPath(s)}reader/`;
  const tabs = `<div class="block-tabHeader tabs hScroller" data-xf-init="h-scroller"><span class="hScroller-scroll"><a class="tabs-tab is-active" href="${base}">Threadmarks</a><a class="tabs-tab" href="${base}?threadmark_category=13">Sidestory</a></span></div>`;
  return layout(s, {
    template: 'threadmarks_reader',
    title: `${s.title} | Reader mode`,
    canonical: xenforoReaderUrl(s, page),
    head: relLinks(base, page, total),
    header: titleHeader(s),
    content:
      tabs +
      messages(
        s,
        marks.slice((page - 1) * s.readerPerPage, page * s.readerPerPage),
        pageNav(base, page, total),
        true,
      ),
  });
}

/** What the permalink of the threadmarked post at `index` (0-based) shows: its thread page. */
export function xenforoPostPage(s: XenforoThreadSpec, index: number): string {
  const target = xenforoThreadmarks(s)[index];
  const position = target ? s.posts.indexOf(target) : 0;
  return xenforoThreadPage(s, Math.floor(position / s.postsPerPage) + 1);
}

/** The threadmarks index: the chapter list with the status, and no posts. */
export function xenforoThreadmarksIndexPage(s: XenforoThreadSpec): string {
  const statusLabel = s.host === 'forum.questionablequesting.com' ? 'Index progress' : 'Status';
  const rows = xenforoThreadmarks(s)
    .map(
      (p) =>
        `<div class="structItem structItem--threadmark "><div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="${threadPath(s)}post-${p.id}" data-tp-primary="on">${esc(p.threadmark ?? '')}</a></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Words</dt><dd>2.1k</dd></dl></div><div class="structItem-cell structItem-cell--latest">${time(p.date)}</div></div>`,
    )
    .join('\n');
  const header = `<div class="block threadmarkListingHeader"><div class="block-container"><div class="block-body"><div class="threadmarkListingHeader-main"><div class="threadmarkListingHeader-content">
<h1 class="threadmarkListingHeader-name">${esc(s.title)} <a href="${threadPath(s)}threadmarks.rss" class="fa--xf far fa-rss" aria-hidden="true"></a></h1>
<div class="threadmarkListingHeader-stats"><dl class="pairs pairs--rows"><dt>Created</dt><dd>${time(s.posts[0]?.date ?? 0)}</dd></dl><dl class="pairs pairs--rows"><dt>${statusLabel}</dt><dd>${esc(s.status)}</dd></dl><dl class="pairs pairs--rows"><dt>Watchers</dt><dd>412</dd></dl></div>
</div></div></div></div></div>`;
  return layout(s, {
    template: 'threadmarks',
    title: `Threadmarks for: ${s.title}`,
    canonical: xenforoThreadmarksUrl(s),
    header: titleHeader(s),
    content: `${header}<div class="block block--threadmarks"><div class="block-container"><div class="block-body"><div class="structItemContainer">${rows}</div></div></div></div>`,
  });
}

/** A thread page with no threadmarked post: a discussion on `host`, or `spec` with its threadmarks gone. */
export function xenforoNoThreadmarksPage(specOrHost: XenforoThreadSpec | XenforoHost): string {
  const s = typeof specOrHost === 'string' ? discussionThread(specOrHost) : specOrHost;
  return xenforoThreadPage(s, 1, { threadmarks: false });
}

/** The thread's forum: a listing of threads, no posts. */
export function xenforoForumListingPage(s: XenforoThreadSpec): string {
  const item = (id: number, title: string, slug: string) =>
    `<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-${id}" data-author="${esc(s.starter.name)}"><div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title"><a href="/threads/${slug}.${id}/" data-tp-primary="on" data-xf-init="preview-tooltip">${esc(title)}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li>${member(s.starter)}</li><li class="structItem-startDate"><a href="/threads/${slug}.${id}/" rel="nofollow">${time(s.posts[0]?.date ?? 0)}</a></li></ul></div></div><div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Replies</dt><dd>${s.posts.length - 1}</dd></dl></div></div>`;
  return layout(s, {
    template: 'forum_view',
    title: s.forum.title,
    canonical: xenforoForumUrl(s),
    header: `<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${esc(s.forum.title)}</h1></div></div>`,
    content: `<div class="block block--threadList"><div class="block-container"><div class="block-body"><div class="structItemContainer"><div class="structItemContainer-group js-threadList">${item(s.id, s.title, s.slug)}${item(2024, 'Lighthouse keepers in fiction', 'lighthouse-keepers-in-fiction')}</div></div></div></div></div>`,
  });
}

/** XenForo's error page for a thread that does not exist (or was deleted). */
export function xenforoNotFoundPage(s: XenforoThreadSpec): string {
  return layout(s, {
    template: 'error',
    title: 'Oops! We ran into some problems.',
    canonical: xenforoThreadUrl(s),
    header:
      '<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">Oops! We ran into some problems.</h1></div></div>',
    content: '<div class="blockMessage">The requested thread could not be found.</div>',
  });
}
