import { esc } from '../html';
import {
  paged,
  threadPath,
  type XenforoHost,
  type XenforoThreadSpec,
  type XenforoUser,
} from './thread-spec';

const SITE_NAME: Record<XenforoHost, string> = {
  'forums.spacebattles.com': 'SpaceBattles',
  'forums.sufficientvelocity.com': 'Sufficient Velocity',
  'forum.questionablequesting.com': 'Questionable Questing',
};

/** A post or thread date as XenForo prints it: a <time> with its data-* attributes. */
export function time(unix: number): string {
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

/** A link to a member's profile, around `inner` (the name by default). */
export const member = (u: XenforoUser, inner = esc(u.name), cls = 'username ') =>
  `<a href="/members/${encodeURIComponent(u.name.toLowerCase())}.${u.id}/" class="${cls}" dir="auto" data-user-id="${u.id}" data-xf-init="member-tooltip">${inner}</a>`;

/** The page links above and below the posts; nothing when there is one page. */
export function pageNav(base: string, current: number, total: number): string {
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

/** The page frame every XenForo page shares: head, header, navigation, breadcrumbs, footer. */
export function layout(
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

/** The thread's title with its prefixes, starter, start date and tags. */
export function titleHeader(s: XenforoThreadSpec): string {
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

/** The head's rel="prev" / rel="next" links between pages. */
export const relLinks = (base: string, page: number, total: number) =>
  (page > 1 ? `<link rel="prev" href="${paged(base, page - 1)}" />` : '') +
  (page < total ? `<link rel="next" href="${paged(base, page + 1)}" />` : '');
