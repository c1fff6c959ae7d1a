import { esc } from './html';
import { mobyDick } from './text';

/**
 * SpaceBattles, Sufficient Velocity and Questionable Questing pages (XenForo 2 with the threadmarks
 * add-on), one builder for all three hosts. No capture of these forums exists here, so this is
 * built from ../shared/SELECTORS.md section 6 and recalled XenForo 2 markup:
 * - documented by scrapers (SELECTORS.md, FanFicFare, WebToEpub): h1.p-title-value with span.label
 *   prefixes, div.p-description a.tagItem, article.message.message--post.hasThreadmark with
 *   data-content="post-N", span.threadmarkLabel, li.threadmark-nav, article.message-body >
 *   div.bbWrapper, section.message-user a.username, message-attribution-main time, div.bbCodeSpoiler,
 *   bbCodeBlock-expandContent, img.lazyload + data-src, ul.pageNav-main, threadmarkListingHeader
 *   with dt "Status" (SB/SV) or "Index progress" (QQ), structItem--threadmark with data-tp-primary.
 * - recalled, not checked against a page: the frame (p-pageWrapper, p-body-header, breadcrumbs,
 *   footer), message-inner with message-cell--user / --main, the threadmark header's place (before
 *   message-inner) and its "label" + previous/next controls (a.threadmark-control--previous/--next,
 *   also seen in scrapers), the footer reactions, pageNav-jump / pageNavSimple, the reader's
 *   category tabs, block-outer-recent-threadmarks, structItem--thread listings and the
 *   "Oops! We ran into some problems." error page. Extractors must not lean on these details.
 * Text: Moby-Dick (public domain) and comments written for the project.
 */

/** The three forums. */
export type XenforoHost =
  'forums.spacebattles.com' | 'forums.sufficientvelocity.com' | 'forum.questionablequesting.com';

/** A forum member. */
export interface XenforoUser {
  id: number;
  name: string;
}

/** One post: a threadmarked story post when it has a threadmark label, else a comment. */
export interface XenforoPostSpec {
  id: number;
  author: XenforoUser;
  /** Unix seconds. */
  date: number;
  threadmark?: string;
  /** The post's bbWrapper content (XenForo writes lines with <br />, not <p>). */
  body: string;
}

/** A thread and every post in it. */
export interface XenforoThreadSpec {
  host: XenforoHost;
  id: number;
  slug: string;
  title: string;
  /** Thread prefixes, shown as labels before the title. */
  prefixes: string[];
  starter: XenforoUser;
  tags: string[];
  forum: { id: number; slug: string; title: string };
  /** As the threadmarks index states it ("Ongoing", "Complete"). */
  status: string;
  posts: XenforoPostSpec[];
  postsPerPage: number;
  readerPerPage: number;
}

const SITE_NAME: Record<XenforoHost, string> = {
  'forums.spacebattles.com': 'SpaceBattles',
  'forums.sufficientvelocity.com': 'Sufficient Velocity',
  'forum.questionablequesting.com': 'Questionable Questing',
};

const threadPath = (s: XenforoThreadSpec) => `/threads/${s.slug}.${s.id}/`;
const paged = (base: string, page: number) => (page > 1 ? `${base}page-${page}` : base);
/** The threadmarked posts, in order. */
export const xenforoThreadmarks = (s: XenforoThreadSpec) => s.posts.filter((p) => p.threadmark);

/** A page of the thread (1-based). */
export const xenforoThreadUrl = (s: XenforoThreadSpec, page = 1) =>
  `https://${s.host}${paged(threadPath(s), page)}`;
/** A reader-mode page (1-based). */
export const xenforoReaderUrl = (s: XenforoThreadSpec, page = 1) =>
  `https://${s.host}${paged(`${threadPath(s)}reader/`, page)}`;
/** The permalink of the threadmarked post at `index` (0-based). */
export const xenforoPostUrl = (s: XenforoThreadSpec, index: number) =>
  `https://${s.host}${threadPath(s)}post-${xenforoThreadmarks(s)[index]?.id ?? 0}`;
/** The threadmarks index. */
export const xenforoThreadmarksUrl = (s: XenforoThreadSpec) =>
  `https://${s.host}${threadPath(s)}threadmarks`;
/** The forum the thread is in. */
export const xenforoForumUrl = (s: XenforoThreadSpec) =>
  `https://${s.host}/forums/${s.forum.slug}.${s.forum.id}/`;

function time(unix: number): string {
  const d = new Date(unix * 1000);
  const date = d.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const clock = d.toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  const iso = d.toISOString().replace(/\.\d+Z$/, '+0000');
  return `<time class="u-dt" dir="auto" datetime="${iso}" data-time="${unix}" data-date-string="${date}" data-time-string="${clock}" title="${date} at ${clock}">${date}</time>`;
}

const member = (u: XenforoUser, inner = esc(u.name), cls = 'username ') =>
  `<a href="/members/${encodeURIComponent(u.name.toLowerCase())}.${u.id}/" class="${cls}" dir="auto" data-user-id="${u.id}" data-xf-init="member-tooltip">${inner}</a>`;

function pageNav(base: string, current: number, total: number): string {
  if (total <= 1) return '';
  const pages = Array.from({ length: total }, (_, i) => i + 1)
    .map(
      (n) =>
        `<li class="pageNav-page ${n === current ? 'pageNav-page--current ' : ''}"><a href="${paged(base, n)}">${n}</a></li>`,
    )
    .join('');
  const prev =
    current > 1
      ? `<a href="${paged(base, current - 1)}" class="pageNav-jump pageNav-jump--prev">Prev</a>`
      : '';
  const next =
    current < total
      ? `<a href="${paged(base, current + 1)}" class="pageNav-jump pageNav-jump--next">Next</a>`
      : '';
  return `<nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  ">${prev}<ul class="pageNav-main">${pages}</ul>${next}</div>
<div class="pageNavSimple"><a class="pageNavSimple-el pageNavSimple-el--current" data-xf-init="tooltip" title="Go to page" data-xf-click="menu" role="button" tabindex="0">${current} of ${total}</a></div></nav>`;
}

function layout(
  s: XenforoThreadSpec,
  o: {
    template: string;
    title: string;
    canonical: string;
    header: string;
    content: string;
    head?: string;
  },
): string {
  const site = SITE_NAME[s.host];
  return `<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="${o.template}" data-container-key="node-${s.forum.id}" data-content-key="thread-${s.id}" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-${o.template}">
<head>
<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${esc(o.title)} | ${site}</title>
<link rel="canonical" href="${o.canonical}" />
<meta property="og:site_name" content="${site}" /><meta property="og:type" content="website" />
<meta property="og:title" content="${esc(s.title)}" /><meta property="og:url" content="${o.canonical}" />
${o.head ?? ''}
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1" />
<script src="/js/xf/preamble.min.js?_v=8d1b9a2c"></script>
</head>
<body data-template="${o.template}">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/logo.png" alt="${site}" width="300" height="60" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller"><ul class="p-nav-list js-offCanvasNavSource"><li><div class="p-navEl is-selected"><a href="/" class="p-navEl-link">Forums</a></div></li><li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What's new</a></div></li></ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<!--XF:EXTRA_OUTPUT-->
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/${s.forum.slug}.${s.forum.id}/" itemprop="item"><span itemprop="name">${esc(s.forum.title)}</span></a><meta itemprop="position" content="2" /></li></ul>
<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.</div></noscript>
${o.header}
<div class="p-body-main  "><div class="p-body-content"><div class="p-body-pageContent">
${o.content}
</div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup></a></div></div></footer>
</div>
<script src="/js/xf/core-compiled.js?_v=8d1b9a2c"></script>
<script>jQuery.extend(true, XF.config, { userId: 0, csrf: 'fixture-token' });</script>
</body></html>`;
}

function titleHeader(s: XenforoThreadSpec): string {
  const labels = s.prefixes
    .map(
      (p) =>
        `<a href="/forums/${s.forum.slug}.${s.forum.id}/?prefix_id=7" class="labelLink" rel="nofollow"><span class="label label--blue" dir="auto">${esc(p)}</span></a><span class="label-append">&nbsp;</span>`,
    )
    .join('');
  const tags = s.tags
    .map(
      (t) =>
        `<a href="/tags/${encodeURIComponent(t.replace(/ /g, '-'))}/" class="tagItem tagItem--tag_${t.replace(/\W/g, '')}" dir="auto">${esc(t)}</a>`,
    )
    .join(' ');
  return `<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${labels}${esc(s.title)}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet">
<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span>${member(s.starter, esc(s.starter.name), 'username  u-concealed')}</li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="${threadPath(s)}" class="u-concealed">${time(s.posts[0]?.date ?? 0)}</a></li>
${s.tags.length ? `<li><i class="fa--xf far fa-tags" aria-hidden="true" title="Tags"></i><span class="u-srOnly">Tags</span><span class="js-tagList">${tags}</span></li>` : ''}
</ul></div></div>`;
}

function threadmarkHeader(s: XenforoThreadSpec, p: XenforoPostSpec): string {
  const marks = xenforoThreadmarks(s);
  const i = marks.indexOf(p);
  const link = (q: XenforoPostSpec | undefined, dir: 'previous' | 'next', text: string) =>
    q
      ? `<a href="${threadPath(s)}post-${q.id}" class="threadmark-control threadmark-control--${dir}" rel="nofollow">${text}</a>`
      : '';
  return `<div class="message-cell message-cell--threadmark-header">
<span class="primary"><label for="threadmark-${3000 + i}">Threadmarks</label><span id="threadmark-${3000 + i}" class="threadmarkLabel" dir="auto">${esc(p.threadmark ?? '')}</span></span>
<ul class="listInline listInline--bullet"><li class="threadmark-nav">${link(marks[i - 1], 'previous', '<i class="fa--xf far fa-chevron-left" aria-hidden="true"></i> Prev')} ${link(marks[i + 1], 'next', 'Next <i class="fa--xf far fa-chevron-right" aria-hidden="true"></i>')}</li></ul>
</div>`;
}

function post(s: XenforoThreadSpec, p: XenforoPostSpec, threadmarks: boolean): string {
  const marked = threadmarks && p.threadmark !== undefined;
  const link = `${threadPath(s)}post-${p.id}`;
  const position = s.posts.indexOf(p) + 1;
  return `<article class="message message--post ${marked ? 'hasThreadmark threadmark-category-1 ' : ''} js-post js-inlineModContainer  " data-author="${esc(p.author.name)}" data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://${s.host}/posts/${p.id}/">
<span class="u-anchorTarget" id="post-${p.id}"></span>
${marked ? threadmarkHeader(s, p) : ''}
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar "><div class="message-avatar-wrapper">${member(p.author, `<span class="avatar-u${p.author.id}-m" role="img" aria-label="${esc(p.author.name)}">${esc(p.author.name.charAt(0))}</span>`, 'avatar avatar--m avatar--default avatar--default--dynamic')}</div></div>
<div class="message-userDetails"><h4 class="message-name">${member(p.author, `<span itemprop="name">${esc(p.author.name)}</span>`)}</h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Well-known member</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>Jan 3, 2019</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,204</dd></dl></div>
<span class="message-userArrow"></span></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="${link}" rel="nofollow">${time(p.date)}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="${link}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="${link}" rel="nofollow">#${position}</a></li></ul>
</header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}" data-lb-caption-desc="${esc(p.author.name)}">
<article class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">${p.body}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
</div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/${p.id}/react?reaction_id=1" class="reaction reaction--small actionBar-action actionBar-action--reaction" data-xf-init="reaction" data-reaction-id="1" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a><a href="${threadPath(s)}reply?quote=${p.id}" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Reply</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/${p.id}/reactions" data-xf-click="overlay" rel="nofollow"><bdi>Tern</bdi> and 12 others</a></div></footer>
</div></div></div></article>`;
}

function messages(
  s: XenforoThreadSpec,
  posts: XenforoPostSpec[],
  nav: string,
  threadmarks: boolean,
): string {
  const bar = threadmarks
    ? `<div class="block-outer-recent-threadmarks"><a href="${threadPath(s)}threadmarks?threadmark_category=1" class="menuTrigger" data-xf-click="menu" rel="nofollow">Threadmarks</a> <a href="${threadPath(s)}reader/">Reader mode</a></div>`
    : '';
  return `<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<span class="u-anchorTarget" id="posts"></span>
<div class="block-outer"><div class="block-outer-main">${nav}</div>${bar}</div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-${s.id}">
<div class="block-body js-replyNewMessageContainer">
${posts.map((p) => post(s, p, threadmarks)).join('\n')}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-main">${nav}</div></div>
</div>
<div class="blockMessage blockMessage--alt">You must log in or register to reply here.</div>`;
}

const relLinks = (base: string, page: number, total: number) =>
  (page > 1 ? `<link rel="prev" href="${paged(base, page - 1)}" />` : '') +
  (page < total ? `<link rel="next" href="${paged(base, page + 1)}" />` : '');

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

const DISCUSSION = [
  'Opening a thread to talk about lighthouses in fiction. Which keepers stayed with you, and why?',
  'The ones who keep counting boats after everyone else has gone to bed. Something about a lamp lit for people who may not come back.',
  'Agreed. I also like the practical side: the logbooks, the oil, the stairs. The routine says more than any speech would.',
];

const READERS: XenforoUser[] = [
  { id: 4401, name: 'Tern' },
  { id: 4402, name: 'Fairweather' },
];

/** A thread spec with the usual forum, no prefixes, tags or status, and XenForo's page sizes. */
function thread(
  host: XenforoHost,
  fields: Pick<XenforoThreadSpec, 'id' | 'slug' | 'title' | 'starter' | 'posts'> &
    Partial<XenforoThreadSpec>,
): XenforoThreadSpec {
  const forum = { id: 18, slug: 'creative-writing', title: 'Creative Writing' };
  return {
    host,
    prefixes: [],
    tags: [],
    forum,
    status: '',
    postsPerPage: 25,
    readerPerPage: 10,
    ...fields,
  };
}

/** A thread nobody threadmarked: a plain discussion, on `host`. */
export function discussionThread(host: XenforoHost): XenforoThreadSpec {
  return thread(host, {
    id: 2024,
    slug: 'lighthouse-keepers-in-fiction',
    title: 'Lighthouse keepers in fiction',
    starter: READERS[0]!,
    posts: DISCUSSION.map((body, i) => ({
      id: 20240001 + i,
      author: READERS[i % 2]!,
      date: 1710266640 + i * 3600,
      body: esc(body),
    })),
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

const COMMENTS = [
  (first: string) =>
    `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch" data-quote="HMelville"><div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution">HMelville said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${esc(first)}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>Hooked from the first line. Watching this one.`,
  () => 'The way the narrator talks about the water is lovely. Looking forward to the next update!',
];

/**
 * Moby-Dick posted on a forum, one threadmarked post per chapter (the first opens with an author's
 * note set off by a rule), each followed by readers' comments written for the project.
 */
export function mobyDickForum(host: XenforoHost, count = 3): XenforoThreadSpec {
  const melville = { id: 1851, name: 'HMelville' };
  const note =
    '<b>A/N:</b> Posting the novel a chapter at a time. Thank you all for reading and commenting!<br />\n<div style="text-align: center">* * *</div>\n';
  const posts: XenforoPostSpec[] = [];
  const add = (p: Omit<XenforoPostSpec, 'id' | 'date'>) =>
    posts.push({ id: 18510001 + posts.length, date: 1710266640 + posts.length * 5400, ...p });
  for (const [i, c] of mobyDick().slice(0, count).entries()) {
    const text = c.paragraphs.map(esc).join('<br />\n<br />\n');
    add({ author: melville, threadmark: c.title, body: i === 0 ? note + text : text });
    const first = c.paragraphs[0]?.split('. ')[0] ?? '';
    COMMENTS.forEach((comment, j) => add({ author: READERS[j]!, body: comment(first) }));
  }
  return thread(host, {
    id: 1851,
    slug: 'moby-dick-or-the-whale',
    title: 'Moby-Dick; or, The Whale',
    prefixes: ['Literature'],
    starter: melville,
    tags: ['whaling', 'sea voyages', 'obsession'],
    status: count === 135 ? 'Complete' : 'Ongoing',
    posts,
  });
}
