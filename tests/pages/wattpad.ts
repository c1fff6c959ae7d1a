import { esc } from './html';
import { mobyDick } from './text';

/**
 * Wattpad pages. No real capture exists. Documented (../shared/SELECTORS.md section 5, from
 * WebToEpub's WattpadParser): paragraphs p[data-p-id] inside div[data-page-number], the part title
 * h1.h2, the chapter list ul.table-of-contents, the metadata JSON in a script containing
 * `".metadata":{"data":`, lazily loaded pages repeating paragraph ids. Recalled, not copied: the
 * <pre> around each page's paragraphs, the comment markers inside paragraphs, the funbar with the
 * .toc-header dropdown, the panel-reading header, the "Continue to next page" control, the
 * next-part link, the JSON's field names (group, user, pages), the 404 and story pages.
 */

/** One part (chapter): its paragraphs as inline HTML. */
export interface WattpadPartSpec {
  id: number;
  slug: string;
  title: string;
  paragraphs: string[];
}

/** A story. */
export interface WattpadStorySpec {
  id: number;
  slug: string;
  title: string;
  author: string;
  description: string;
  tags: string[];
  complete: boolean;
  /** Paragraphs per page: Wattpad splits a long part into pages that load one after another. */
  pageSize: number;
  parts: WattpadPartSpec[];
}

/** How the part page looks when read. */
export interface WattpadPageOptions {
  /** The page of the part the URL asks for (/page/N); default 1. */
  page?: number;
  /** Pages in the HTML from there (the server sends one, scrolling loads more; 0 for none). Default: all. */
  loaded?: number;
  /** Paragraphs repeated where loaded pages meet ('seams') or straight after themselves. */
  duplicate?: 'seams' | 'adjacent';
  /** Parts of the page to leave out, to exercise the adapter's fallbacks. */
  without?: readonly ('toc' | 'metadata' | 'storyLink')[];
}

const ORIGIN = 'https://www.wattpad.com';

/** The story's page (its index). */
export function wattpadStoryUrl(spec: WattpadStorySpec): string {
  return `${ORIGIN}/story/${spec.id}-${spec.slug}`;
}

/** A part's URL (index 0-based), optionally one of its later pages. */
export function wattpadPartUrl(spec: WattpadStorySpec, index: number, page = 1): string {
  const part = spec.parts[index]!;
  return `${ORIGIN}/${part.id}-${part.slug}${page > 1 ? `/page/${page}` : ''}`;
}

/** A part's paragraphs split into Wattpad's pages. */
export function wattpadPages(spec: WattpadStorySpec, index: number): string[][] {
  const { paragraphs } = spec.parts[index]!;
  const pages: string[][] = [];
  for (let i = 0; i < paragraphs.length; i += spec.pageSize) {
    pages.push(paragraphs.slice(i, i + spec.pageSize));
  }
  return pages;
}

/** A stable hex paragraph id, as Wattpad gives every paragraph. */
function pid(partId: number, n: number): string {
  let h = 0x811c9dc5;
  for (const c of `${partId}:${n}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, '0')}${(partId % 0xffff).toString(16)}${n.toString(16)}`;
}

function paragraph(partId: number, n: number, html: string): string {
  const marker = `<button class="btn-no-background comment-marker" aria-label="Comments"><span class="num-comment">${n % 4}</span></button>`;
  return `<p data-p-id="${pid(partId, n)}">${html}${n % 3 === 0 ? marker : ''}</p>`;
}

function pageDiv(spec: WattpadStorySpec, index: number, page: number, opts: WattpadPageOptions) {
  const part = spec.parts[index]!;
  const pages = wattpadPages(spec, index);
  const first = (page - 1) * spec.pageSize;
  const paras = pages[page - 1]!.map((html, i) => paragraph(part.id, first + i, html));
  if (opts.duplicate === 'adjacent' && paras[0]) paras.splice(1, 0, paras[0]);
  if (opts.duplicate === 'seams' && page > 1) {
    const previous = pages[page - 2]!;
    paras.unshift(paragraph(part.id, first - 1, previous[previous.length - 1]!));
  }
  return `<div class="page highlighter${page === 1 ? ' first-page' : ''}" data-page-number="${page}">
  <div class="col-xs-10 col-xs-offset-1 col-sm-10 col-sm-offset-1 col-md-7 col-md-offset-1 col-lg-6 col-lg-offset-3 panel panel-reading" dir="ltr">
    <pre>
${paras.join('\n')}
    </pre>
  </div>
</div>`;
}

function prefetched(spec: WattpadStorySpec, index: number): string {
  const part = spec.parts[index]!;
  const pages = wattpadPages(spec, index).length;
  const group = { id: spec.id, title: spec.title, completed: spec.complete, tags: spec.tags };
  const text_url = { text: `${ORIGIN}/apiv2/?m=storytext&id=${part.id}&page=1`, refresh_token: '' };
  const data = {
    id: part.id,
    title: part.title,
    pages,
    text_url,
    group: { ...group, user: { username: spec.author } },
  };
  return JSON.stringify({ [`part.${part.id}.metadata`]: { data } }).replace(/</g, '\\u003c');
}

function layout(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}
<link rel="stylesheet" href="https://static.wattpad.com/css/desktop-web.css">
<script src="https://static.wattpad.com/js/vendor.js" defer></script>
</head>
<body class="js-app-off">
<div id="app-container">
<header id="header" class="header">
  <nav class="navbar"><a class="wp-logo" href="/home">Wattpad</a>
    <a href="/stories">Browse</a> <a href="/stories/community">Community</a>
    <form action="/search" role="search"><input type="search" name="q" placeholder="Search"></form>
    <a href="/login" class="btn-login">Log in</a> <a href="/signup" class="btn-signup">Sign Up</a>
  </nav>
</header>
${body}
<footer id="footer" class="site-footer"><a href="/about">About</a> <a href="/guidelines">Guidelines</a> <a href="/user/wattpad">Wattpad</a></footer>
</div>
</body>
</html>`;
}

/** A part (chapter) page, part index 0-based, as the server sends it or after more pages loaded. */
export function wattpadPartPage(
  spec: WattpadStorySpec,
  index: number,
  opts: WattpadPageOptions = {},
): string {
  const part = spec.parts[index]!;
  const without = new Set(opts.without ?? []);
  const total = wattpadPages(spec, index).length;
  const from = opts.page ?? 1;
  const to = Math.min(total, from + (opts.loaded ?? total) - 1);
  const url = wattpadPartUrl(spec, index, from);
  const next = spec.parts[index + 1];
  const prev = from > 1 ? `<link rel="prev" href="${wattpadPartUrl(spec, index, from - 1)}">` : '';
  const rel = `${prev}${from < total ? `<link rel="next" href="${wattpadPartUrl(spec, index, from + 1)}">` : ''}`;
  const head = `<meta name="description" content="${esc(spec.description)}">
<meta property="og:title" content="${esc(`${spec.title} - ${part.title}`)}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="Wattpad">
<meta property="og:image" content="https://img.wattpad.com/cover/${spec.id}-256.jpg">
<link rel="canonical" href="${wattpadPartUrl(spec, index)}">
${rel}`;
  const storyLink = without.has('storyLink')
    ? `<div class="toc-header"><div class="info"><h2 class="title h5">${esc(spec.title)}</h2><span class="author h6">by ${esc(spec.author)}</span></div></div>`
    : `<div class="toc-header"><a href="/story/${spec.id}-${spec.slug}" class="on-navigate"><div class="cover cover-xs"><img src="https://img.wattpad.com/cover/${spec.id}-64.jpg" alt=""></div><div class="info"><h2 class="title h5">${esc(spec.title)}</h2><span class="author h6">by ${esc(spec.author)}</span></div></a></div>`;
  const toc = without.has('toc')
    ? ''
    : `<ul class="table-of-contents">${spec.parts
        .map(
          (p, i) =>
            `<li class="${i === index ? 'active' : ''}"><a href="/${p.id}-${p.slug}" class="on-navigate"><div class="part-title">${esc(p.title)}</div></a></li>`,
        )
        .join('')}</ul>`;
  const pages = [];
  for (let page = from; page <= to; page++) pages.push(pageDiv(spec, index, page, opts));
  const more =
    to < total
      ? `<div class="load-more-page"><a class="btn btn-primary on-load-more-page" href="/${part.id}-${part.slug}/page/${to + 1}">Continue to next page</a></div>`
      : '';
  const body = `<aside class="left-rail"><div id="sticky-nav"><a href="/user/${esc(spec.author)}" class="avatar avatar-sm"><img src="https://img.wattpad.com/useravatar/${esc(spec.author)}.64.jpg" alt=""></a></div>
  <div class="youll-also-like"><h4>You'll also like</h4><a href="/story/4242-a-different-tale">A Different Tale</a> by <a href="/user/someoneelse">someoneelse</a></div>
</aside>
<div id="story-reading">
  <div id="funbar" class="funbar"><div class="dropdown"><button class="dropdown-toggle">${esc(spec.title)}</button>
    <div class="dropdown-menu">${storyLink}${toc}</div></div></div>
  <header class="panel panel-reading text-center">
    <h1 class="h2">${esc(part.title)}</h1>
    <div class="story-stats"><span class="reads">1.2K</span> <span class="votes">84</span> <span class="comments">12</span></div>
    <div class="author hidden-lg"><a href="/user/${esc(spec.author)}" class="on-navigate">by ${esc(spec.author)}</a></div>
  </header>
  <div class="row part-content">
${pages.join('\n')}
${more}
  </div>
  <div id="part-footer-actions"><button class="on-vote">Vote</button> <button class="on-comment">Comment</button> <button class="on-share">Share</button></div>
  ${next ? `<div id="part-footer"><a class="on-navigate next-part-link" href="/${next.id}-${next.slug}">Continue to next part</a></div>` : '<div id="part-footer"><p class="end-of-story">You have reached the end of the published parts.</p></div>'}
  <div class="row part-content part-comments"><div class="comments"><div class="comment"><a href="/user/quietreader">quietreader</a><p>The lamp scene stays with me.</p></div></div></div>
  <div id="similar-stories" class="similar-stories"><a href="/story/5151-the-other-harbour">The Other Harbour</a></div>
</div>
${without.has('metadata') ? '' : `<script>window.prefetched = ${prefetched(spec, index)};</script>`}
<script>window.wattpad = window.wattpad || {}; wattpad.apiUrl = "${ORIGIN}";</script>`;
  return layout(`${spec.title} - ${part.title} - Wattpad`, head, body);
}

/** The story's own page (/story/<id>-<slug>): description and parts, no text. */
export function wattpadStoryPage(spec: WattpadStorySpec): string {
  const part = (p: WattpadPartSpec) =>
    `<li><a href="/${p.id}-${p.slug}"><div class="part-title">${esc(p.title)}</div></a></li>`;
  const body = `<main id="story-landing"><div class="story-header"><h1 class="sr-only">${esc(spec.title)}</h1>
  <div class="story-info"><span class="sr-only">${esc(spec.title)}</span><a href="/user/${esc(spec.author)}">${esc(spec.author)}</a></div>
  <p class="description">${esc(spec.description)}</p>
  <ul class="tag-items">${spec.tags.map((t) => `<li><a href="/stories/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></div>
  <div class="story-parts"><ul class="table-of-contents">${spec.parts.map(part).join('')}</ul></div></main>`;
  const head = `<link rel="canonical" href="${wattpadStoryUrl(spec)}">`;
  return layout(`${spec.title} - ${spec.author} - Wattpad`, head, body);
}

/** The page Wattpad shows for a part or story that is gone. */
export function wattpadNotFoundPage(): string {
  const body = `<main class="error-page"><h1>Uh oh! This page seems to be missing.</h1>
  <p>It might have been removed, or the link may be wrong.</p><a href="/home">Go home</a></main>`;
  return layout('Page Not Found - Wattpad', '', body);
}

// Written for the project: notes as Wattpad authors put them into the text.
const NOTE_TOP = ['<b>A/N:</b> Welcome aboard! Vote and comment if you enjoy it.', '~~~~~~~~~~'];
const NOTE_END = ['~~~~~~~~~~', 'Thanks for reading! The next part goes up on Friday.'];

/**
 * Moby-Dick posted part by part on Wattpad, 12 paragraphs a page, with the author's notes written
 * into the first part's text (above and below a line of symbols), as Wattpad authors do.
 */
export function mobyDickWattpad(count = 3): WattpadStorySpec {
  const chapters = mobyDick().slice(0, count);
  return {
    id: 185101,
    slug: 'moby-dick-or-the-whale',
    title: 'Moby-Dick; or, The Whale',
    author: 'hmelville',
    description: 'Call me Ishmael. A sailor signs on with a captain who hunts one whale above all.',
    tags: ['adventure', 'sea', 'classics'],
    complete: count === 135,
    pageSize: 12,
    parts: chapters.map((c, i) => ({
      id: 918510000 + c.number,
      slug: `moby-dick-or-the-whale-${c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      title: c.title,
      paragraphs:
        i === 0 ? [...NOTE_TOP, ...c.paragraphs.map(esc), ...NOTE_END] : c.paragraphs.map(esc),
    })),
  };
}
