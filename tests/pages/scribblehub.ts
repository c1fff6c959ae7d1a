import { esc } from './html';
import { mobyDick } from './text';

/**
 * Scribble Hub pages. No real capture exists. Documented (../shared/SELECTORS.md section 8, from
 * FanFicFare and WebToEpub): div#chp_raw.chp_raw, div.chapter-title, author's notes
 * div.wi_authornotes > div.wi_authornotes_body, announcements div.wi_news (.wi_news_title,
 * .wi_news_body), spoilers div.sp-wrap > .sp-head + .sp-body, Modern Footnotes
 * sup.modern-footnotes-footnote + span.modern-footnotes-footnote__note; the series page's
 * div.fic_title, span.auth_name_fic, div.wi_fic_desc, a.fic_genre, span.wi_fic_showtags_inner a,
 * a.toc_a, span.cnt_toc, span.fic_date_pub; the chapter list ol#ol_toc > li[cnt] > a (FanFicFare's
 * AJAX answer). Recalled, not copied: the WordPress frame (body classes, shortlink, masthead), the
 * .wi_breadcrumb and .chp_byauthor links, the .prenext buttons (a.btn-prev / a.btn-next, .disabled
 * on the first and last chapter), #chp_contents, the avatar inside notes, the comments, the 404.
 */

/** One chapter: its text as Scribble Hub stores it (notes, spoilers and footnotes inline). */
export interface ScribbleHubChapterSpec {
  id: number;
  title: string;
  body: string;
}

/** A series. */
export interface ScribbleHubSeriesSpec {
  id: number;
  slug: string;
  title: string;
  author: { id: number; name: string };
  description: string;
  genres: string[];
  tags: string[];
  chapters: ScribbleHubChapterSpec[];
}

/** How the chapter page looks when read. */
export interface ScribbleHubPageOptions {
  /** The reader opened the chapter list, which the page loads on demand (ol#ol_toc). */
  toc?: boolean;
}

const ORIGIN = 'https://www.scribblehub.com';

/** The series page (its index). */
export function scribbleHubSeriesUrl(spec: ScribbleHubSeriesSpec): string {
  return `${ORIGIN}/series/${spec.id}/${spec.slug}/`;
}

/** A chapter's URL, index 0-based. */
export function scribbleHubChapterUrl(spec: ScribbleHubSeriesSpec, index: number): string {
  return `${ORIGIN}/read/${spec.id}-${spec.slug}/chapter/${spec.chapters[index]!.id}/`;
}

/** An author's note box as it sits in the chapter text. */
export function shAuthorNote(html: string): string {
  return `<div class="wi_authornotes"><div class="p-avatar-wrap"><img class="wi_authornotes_avatar" src="${ORIGIN}/wp-content/uploads/avatar.png" alt=""></div><div class="wi_authornotes_body">${html}</div></div>`;
}

/** An announcement box. */
export function shNews(title: string, html: string): string {
  return `<div class="wi_news"><div class="wi_news_title">${esc(title)}</div><div class="wi_news_body">${html}</div></div>`;
}

/** A spoiler: a heading that opens a folded body. */
export function shSpoiler(head: string, html: string): string {
  return `<div class="sp-wrap sp-wrap-default"><div class="sp-head default" title="Expand">${esc(head)}</div><div class="sp-body default folded">${html}</div></div>`;
}

/** A Modern Footnotes marker and its note, inline after a word. */
export function shFootnote(chapterId: number, n: number, note: string): string {
  const id = `mfn-content-${chapterId}-${n}`;
  return `<sup class="modern-footnotes-footnote " data-mfn="${n}"><a href="javascript:void(0)" role="button" aria-pressed="false" aria-describedby="${id}">${n}</a></sup><span id="${id}" role="tooltip" class="modern-footnotes-footnote__note" tabindex="0" data-mfn="${n}">${esc(note)}</span>`;
}

function layout(title: string, bodyClass: string, head: string, content: string, end = ''): string {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}
<meta property="og:site_name" content="Scribble Hub">
<link rel="stylesheet" id="writerist-style-css" href="${ORIGIN}/wp-content/themes/writerist/style.css" type="text/css" media="all">
<script src="${ORIGIN}/wp-includes/js/jquery/jquery.js"></script>
</head>
<body class="${bodyClass}">
<div id="page" class="site">
  <header id="masthead" class="site-header"><div class="navigation-top"><nav id="site-navigation" class="main-navigation"><ul id="menu-main">
    <li><a href="${ORIGIN}/">Home</a></li><li><a href="${ORIGIN}/series-finder/">Series Finder</a></li>
    <li><a href="${ORIGIN}/series-ranking/">Rankings</a></li><li><a href="${ORIGIN}/profile/1/admin/">Staff</a></li>
  </ul></nav><div class="user_menu"><a href="${ORIGIN}/login/">Log in</a> <a href="${ORIGIN}/register/">Sign up</a></div></div></header>
  <div class="site-content-contain"><div id="content" class="site-content">
${content}
  </div></div>
  <footer id="colophon" class="site-footer"><a href="${ORIGIN}/about/">About</a> <a href="${ORIGIN}/privacy/">Privacy</a></footer>
</div>
${end}
<script>var wi_ajaxurl = "${ORIGIN}/wp-admin/admin-ajax.php";</script>
</body>
</html>`;
}

function prenext(spec: ScribbleHubSeriesSpec, index: number): string {
  const prev = spec.chapters[index - 1]
    ? `<a class="btn-wi btn-prev" href="${scribbleHubChapterUrl(spec, index - 1)}"><i class="fa fa-chevron-left"></i> Previous</a>`
    : '<a class="btn-wi btn-prev disabled"><i class="fa fa-chevron-left"></i> Previous</a>';
  const next = spec.chapters[index + 1]
    ? `<a class="btn-wi btn-next" href="${scribbleHubChapterUrl(spec, index + 1)}">Next <i class="fa fa-chevron-right"></i></a>`
    : '<a class="btn-wi btn-next disabled">Next <i class="fa fa-chevron-right"></i></a>';
  return `<div class="prenext">${prev} <a class="btn-wi btn-toc" href="${scribbleHubSeriesUrl(spec)}#toc">Index</a> ${next}</div>`;
}

/** A chapter page, index 0-based. */
export function scribbleHubChapterPage(
  spec: ScribbleHubSeriesSpec,
  index: number,
  opts: ScribbleHubPageOptions = {},
): string {
  const c = spec.chapters[index]!;
  const url = scribbleHubChapterUrl(spec, index);
  const head = `<link rel="canonical" href="${url}">
<link rel="shortlink" href="${ORIGIN}/?p=${c.id}">
<meta property="og:title" content="${esc(`${c.title} | ${spec.title}`)}">
<meta property="og:url" content="${url}">`;
  const content = `<div class="wi_breadcrumb chapter"><a href="${ORIGIN}/">Home</a> <i class="fa fa-angle-right"></i> <a href="${scribbleHubSeriesUrl(spec)}">${esc(spec.title)}</a> <i class="fa fa-angle-right"></i> <span>${esc(c.title)}</span></div>
  <div id="main_chapter" class="chapter_wrapper">
    <div class="chapter-title">${esc(c.title)}</div>
    <div class="chp_byauthor">by <a href="${ORIGIN}/profile/${spec.author.id}/${spec.author.name.toLowerCase()}/">${esc(spec.author.name)}</a></div>
    ${prenext(spec, index)}
    <div class="chapter_stats"><span class="chp_views">312 Views</span> <span class="chp_words">${c.body.split(/\s+/).length} Words</span></div>
    <div id="chp_contents"><div class="chp_raw" id="chp_raw">
${c.body}
    </div></div>
    ${prenext(spec, index)}
  </div>
  <div id="comments" class="comments-area"><h3 class="comments-title">2 Comments</h3>
    <ol class="comment-list"><li class="comment"><a href="${ORIGIN}/profile/5150/tidewatcher/">Tidewatcher</a><div class="comment-content"><p>The inn scene made me laugh.</p></div></li></ol></div>`;
  const toc = opts.toc
    ? `<div id="my_popupreading" class="wi_popup" style="display:none"><div class="wi_popup_title">Table of Contents</div><ol id="ol_toc" count="${spec.chapters.length}">${spec.chapters
        .map(
          (ch, i) =>
            `<li cnt="${i + 1}"><a href="${scribbleHubChapterUrl(spec, i)}" title="${esc(ch.title)}">${esc(ch.title)}</a></li>`,
        )
        .join('')}</ol></div>`
    : '';
  return layout(
    `${c.title} | ${spec.title} | Scribble Hub`,
    `chapter-template-default single single-chapter postid-${c.id}`,
    head,
    content,
    toc,
  );
}

/** The series page (/series/<id>/<slug>/): description, tags and chapters newest first. */
export function scribbleHubSeriesPage(spec: ScribbleHubSeriesSpec): string {
  const rows = spec.chapters
    .map(
      (c, i) =>
        `<li class="toc_w" order="${i + 1}"><a class="toc_a" href="${scribbleHubChapterUrl(spec, i)}">${esc(c.title)}</a><span class="fic_date_pub" title="Mar ${i + 1}, 2024 10:00 AM">Mar ${i + 1}, 2024</span></li>`,
    )
    .reverse()
    .join('');
  const content = `<div class="fic_row details"><div class="fic_image"><img src="${ORIGIN}/wp-content/uploads/${spec.id}.jpg" alt=""></div>
    <div class="fic_title" title="${esc(spec.title)}">${esc(spec.title)}</div>
    <div class="author"><div property="author"><span property="name"><a href="${ORIGIN}/profile/${spec.author.id}/${spec.author.name.toLowerCase()}/"><span class="auth_name_fic">${esc(spec.author.name)}</span></a></span></div></div>
    <div class="wi_fic_desc" property="description"><p>${esc(spec.description)}</p></div>
    <div class="wi_fic_genre">${spec.genres.map((g) => `<a class="fic_genre" property="genre" href="${ORIGIN}/genre/${g.toLowerCase()}/">${esc(g)}</a>`).join(' ')}</div>
    <span class="wi_fic_showtags_inner">${spec.tags.map((t) => `<a class="stag" href="${ORIGIN}/tag/${t.toLowerCase()}/">${esc(t)}</a>`).join(' ')}</span>
    <span title="Last updated: Mar ${spec.chapters.length}, 2024 10:00 AM">Ongoing</span></div>
  <div class="wi_fic_table toc"><div class="toc_title">Table of Contents <span class="cnt_toc">${spec.chapters.length}</span></div><ol class="toc_ol">${rows}</ol></div>`;
  return layout(
    `${spec.title} | Scribble Hub`,
    `fictionposts-template-default single single-fictionposts postid-${spec.id}`,
    `<link rel="canonical" href="${scribbleHubSeriesUrl(spec)}">`,
    content,
  );
}

/** WordPress's 404 page as Scribble Hub shows it. */
export function scribbleHubNotFoundPage(): string {
  const content = `<main id="main" class="site-main"><section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
    <div class="page-content"><p>It looks like nothing was found at this location.</p></div></section></main>`;
  return layout('Page not found | Scribble Hub', 'error404', '', content);
}

/**
 * Moby-Dick as a Scribble Hub series: an author's note above the first chapter and a footnote in
 * its first paragraph, a spoiler in the middle of the second and a note below it, an announcement
 * above the third. Notes, spoiler and footnote are written for the project.
 */
export function mobyDickScribbleHub(count = 3): ScribbleHubSeriesSpec {
  const chapters = mobyDick().slice(0, count);
  return {
    id: 185190,
    slug: 'moby-dick',
    title: 'Moby-Dick',
    author: { id: 1819, name: 'HMelville' },
    description: 'Call me Ishmael. A sailor signs on with a captain who hunts one whale above all.',
    genres: ['Adventure', 'Drama'],
    tags: ['Sea', 'Whaling', 'Obsession'],
    chapters: chapters.map((c, i) => {
      const id = 1851900 + c.number;
      const paras = c.paragraphs.map((p, j) => {
        const footnote = i === 0 && j === 0 ? shFootnote(id, 1, 'Not his real name, perhaps.') : '';
        return `<p>${esc(p)}${footnote}</p>`;
      });
      if (i === 1) {
        const middle = Math.floor(paras.length / 2);
        paras.splice(
          middle,
          0,
          shSpoiler('Who is who', '<p>Ishmael tells the story; Queequeg comes soon.</p>'),
        );
      }
      const before =
        i === 0
          ? shAuthorNote('<p>Welcome aboard! New chapters every Monday.</p>')
          : i === 2
            ? shNews('Schedule', '<p>Two chapters a week from now on.</p>')
            : '';
      const after =
        i === 1 ? shAuthorNote('<p>Thanks for the comments on the first chapter!</p>') : '';
      return { id, title: c.title, body: [before, ...paras, after].filter(Boolean).join('\n') };
    }),
  };
}
