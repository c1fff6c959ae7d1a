import { esc, paras } from './html';
import { mobyDick, type SourceChapter } from './text';

/**
 * Royal Road pages. There is no real Royal Road capture here, so the markup is rebuilt from
 * ../shared/SELECTORS.md section 4 ("documented": what FanFicFare and WebToEpub read) and from
 * memory of the live site and of other scrapers' selectors ("recalled"). Documented:
 * div.chapter-inner.chapter-content, div.portlet.solid.author-note-portlet with .author-note, the
 * anti-piracy <style> hiding a random class, .fic-header h1, table#chapters, a.fiction-tag, the
 * books:* meta tags, div.spoiler. Recalled: the page frame, the header's h2-in-a-link and
 * /profile/ author link, the button rows ("Previous <br>Chapter", a disabled <button> when there is
 * none), og:/twitter: meta, the <title> form, comments, the 404 page and the fiction page layout.
 */

/** One chapter. */
export interface RoyalRoadChapterSpec {
  id: number;
  slug: string;
  title: string;
  /** The text as HTML; may hold paragraphs with the fiction's anti-piracy class. */
  body: string;
  /** The author's notes above and below the text, as HTML. */
  noteBefore?: string;
  noteAfter?: string;
  /** ISO date-time the chapter went up. */
  published: string;
}

/** A generated fiction. */
export interface RoyalRoadFictionSpec {
  id: number;
  slug: string;
  title: string;
  author: { id: number; name: string };
  description: string;
  tags: string[];
  status: 'ONGOING' | 'COMPLETED' | 'HIATUS';
  /** The random class the page's inline <style> hides, and the notice it hides in the text. */
  antiPiracy: { className: string; text: string };
  /**
   * What some copies of the page wrap around that stylesheet's text: an XHTML-style CDATA section,
   * an HTML comment, or both (a CDATA section inside the comment, as some saved copies have it).
   */
  styleWrapper?: 'cdata' | 'comment' | 'both';
  /**
   * Put the fiction's chapter list (`window.chapters = [...]`, as other scrapers read it from the
   * fiction page) on chapter pages too. No capture says whether chapter pages carry it, so the
   * default is a chapter page without it, where only the Previous / Next buttons say more exists.
   */
  chapterListOnChapterPages?: boolean;
  chapters: RoyalRoadChapterSpec[];
}

const ORIGIN = 'https://www.royalroad.com';
const CDN = 'https://www.royalroadcdn.com';
const fictionPath = (spec: RoyalRoadFictionSpec) => `/fiction/${spec.id}/${spec.slug}`;
const chapterPath = (spec: RoyalRoadFictionSpec, c: RoyalRoadChapterSpec) =>
  `${fictionPath(spec)}/chapter/${c.id}/${c.slug}`;
const slugOf = (t: string) =>
  t
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
const tagLink = (t: string) =>
  `<a href="/fictions/search?tagsAdd=${slugOf(t)}" class="label label-default fiction-tag">${esc(t)}</a>`;

/** The fiction page's address. */
export function royalRoadFictionUrl(spec: RoyalRoadFictionSpec): string {
  return `${ORIGIN}${fictionPath(spec)}`;
}

/** A chapter's address (index 0-based). */
export function royalRoadChapterUrl(spec: RoyalRoadFictionSpec, index: number): string {
  return `${ORIGIN}${chapterPath(spec, spec.chapters[index]!)}`;
}

/** The frame every page shares (recalled: Metronic-style header, page-container, footer). */
function layout(opts: { title: string; head?: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${esc(opts.title)}</title>
  <link rel="stylesheet" href="${CDN}/dist/vendor.css" /><link rel="stylesheet" href="${CDN}/dist/site.css" />
  <meta property="og:site_name" content="Royal Road" />
  <meta name="twitter:site" content="@RoyalRoadL" />
  ${opts.head ?? ''}
</head>
<body class="page-header-fixed page-container-bg-solid">
<div class="page-header navbar navbar-fixed-top"><div class="page-header-inner container">
  <div class="page-logo"><a href="/home"><img src="${CDN}/public/images/logo.png" alt="Royal Road" class="logo-default" /></a></div>
  <div class="hor-menu"><ul class="nav navbar-nav">
    <li><a href="/fictions/best-rated">Best Rated</a></li><li><a href="/fictions/latest-updates">Latest Updates</a></li>
    <li><a href="/fictions/search">Search</a></li><li><a href="/forums">Forums</a></li>
  </ul></div>
  <div class="top-menu"><ul class="nav navbar-nav pull-right"><li><a href="/account/login">Log In</a></li><li><a href="/account/register">Register</a></li></ul></div>
</div></div>
<div class="page-container"><div class="page-content-wrapper"><div class="page-content">
${opts.body}
</div></div></div>
<div class="page-footer"><div class="container"><a href="/support/tos">Terms of Service</a> | <a href="/support/privacy">Privacy Policy</a> | &copy; Royal Road</div></div>
<script src="${CDN}/dist/vendor.js"></script><script>window.adsQueue = window.adsQueue || [];</script>
</body>
</html>`;
}

/** An author's note box (after the markup other scrapers match, see SELECTORS.md section 4). */
function authorNote(spec: RoyalRoadFictionSpec, html: string | undefined): string {
  if (!html) return '';
  return `<div class="portlet solid author-note-portlet">
  <div class="portlet-title"><div class="caption"><i class="fa fa-sticky-note"></i>
    <span class="caption-subject bold uppercase">A note from ${esc(spec.author.name)}</span>
  </div></div>
  <div class="portlet-body author-note">${html}</div>
</div>`;
}

/** The fiction's chapters as the site's pages hold them: JSON in an inline script. */
function chaptersScript(spec: RoyalRoadFictionSpec): string {
  const list = spec.chapters.map((c, i) => ({
    id: c.id,
    volumeId: null,
    title: c.title,
    slug: c.slug,
    date: c.published,
    order: i,
    visible: 1,
    subscriptionTiers: null,
    doesNotRollOver: false,
    isUnlocked: true,
    url: chapterPath(spec, c),
  }));
  // Inside a <script>, "</" must not appear as such.
  const json = JSON.stringify(list).replace(/</g, '\\u003c');
  return `<script>\n    window.fictionId = ${spec.id};\n    window.chapters = ${json};\n</script>`;
}

/** A stylesheet's text inside the markup some copies of the page wrap around it. */
function wrapStyle(css: string, wrapper: RoyalRoadFictionSpec['styleWrapper']): string {
  if (wrapper === 'cdata') return `<![CDATA[${css}\n]]>`;
  if (wrapper === 'comment') return `<!--${css}\n-->`;
  if (wrapper === 'both') return `<!--<![CDATA[${css}\n]]>-->`;
  return css;
}

/** "Previous Chapter" / "Next Chapter": a link, or a disabled button at either end (recalled). */
function navButton(spec: RoyalRoadFictionSpec, index: number, step: 1 | -1, cls: string) {
  const to = spec.chapters[index + step];
  const text = `${step < 0 ? 'Previous' : 'Next'} <br class="visible-xs">Chapter`;
  return to
    ? `<a class="btn btn-primary ${cls}" href="${chapterPath(spec, to)}">${text}</a>`
    : `<button class="btn btn-primary ${cls}" disabled="disabled">${text}</button>`;
}

/** A chapter page (index 0-based): header, notes, text, buttons, comments. */
export function royalRoadChapterPage(spec: RoyalRoadFictionSpec, index: number): string {
  const c = spec.chapters[index]!;
  const url = `${ORIGIN}${chapterPath(spec, c)}`;
  const cover = `${CDN}/public/covers-large/${spec.id}-${spec.slug}.jpg`;
  // The anti-piracy rule as the site writes it (a random class per page, hidden and not spoken).
  const rule = `
    .${spec.antiPiracy.className}{
        display: none;
        speak: never;
    }`;
  const head = `<style>${wrapStyle(rule, spec.styleWrapper)}
  </style>
  <link rel="canonical" href="${url}" />
  <meta property="og:type" content="article" /><meta property="og:url" content="${url}" />
  <meta property="og:title" content="${esc(c.title)}" /><meta property="og:image" content="${cover}" />
  <meta name="twitter:card" content="summary" /><meta name="twitter:creator" content="${esc(spec.author.name)}" />`;
  // Recalled: the header columns (other scrapers select `.fic-header > div > div.col-lg-6 > a`,
  // h1.font-white, i[title=Published] ~ time), the top row of three buttons and the bottom
  // .nav-buttons row, the ad slot between text and end note, and the comments.
  const body = `<div class="container chapter-page">
<div class="fic-header"><div class="row">
  <div class="col-md-3 col-lg-2 text-center"><a href="${fictionPath(spec)}"><img class="thumbnail inline-block" src="${cover}" alt="${esc(spec.title)}" /></a></div>
  <div class="col-md-5 col-lg-6 col-md-offset-1 text-center md-text-left">
    <h1 style="margin-top: 10px" class="font-white break-word">${esc(c.title)}</h1>
    <a href="${fictionPath(spec)}" class="font-white"><h2 class="font-white inline-block">${esc(spec.title)}</h2></a>
    <h3 class="font-white inline-block"> by <a href="/profile/${spec.author.id}" class="font-white">${esc(spec.author.name)}</a></h3>
  </div>
  <div class="col-md-3 col-lg-3 col-lg-offset-1">
    <a class="btn btn-block btn-primary margin-bottom-5" href="${fictionPath(spec)}"><i class="fa fa-book"></i> Fiction Page</a>
    <a class="btn btn-sm yellow-gold" href="/fiction/syndication/${spec.id}"><i class="fa fa-rss"></i> RSS</a>
    <div class="profile-info"><ul class="list-inline"><li><i class="fa fa-calendar" title="Published"></i> <time datetime="${c.published}">${c.published.slice(0, 10)}</time></li></ul></div>
  </div>
</div></div>
<div class="portlet light"><div class="portlet-body">
  <div class="row margin-left-0 margin-right-0 margin-bottom-10">
    ${navButton(spec, index, -1, 'col-xs-4')}
    <a class="btn btn-primary col-xs-4" href="${fictionPath(spec)}">Fiction <br class="visible-xs">Index</a>
    ${navButton(spec, index, 1, 'col-xs-4')}
  </div>
  <hr />
  ${authorNote(spec, c.noteBefore)}
  <div class="chapter-inner chapter-content">${c.body}</div>
  <h6 class="bold uppercase text-center">Advertisement</h6>
  <div class="wide text-center "><div id="Content_Mid"></div></div>
  ${authorNote(spec, c.noteAfter)}
  <hr />
  <div class="row nav-buttons">
    <div class="col-xs-6 col-md-4 col-lg-3 col-xl-2">${navButton(spec, index, -1, 'col-xs-12')}</div>
    <div class="col-xs-6 col-md-4 col-md-offset-4 col-lg-3 col-lg-offset-6 col-xl-2 col-xl-offset-8">${navButton(spec, index, 1, 'col-xs-12')}</div>
  </div>
</div></div>
${spec.chapterListOnChapterPages ? chaptersScript(spec) : ''}
<div class="portlet light comments-container">
  <div class="portlet-title"><div class="caption"><span class="caption-subject bold uppercase">Comments (1)</span></div></div>
  <div class="portlet-body"><div class="comment-container"><div class="comment"><div class="media media-v2">
    <div class="media-left"><a href="/profile/3131"><img class="media-object" src="${CDN}/public/avatars/3131.png" alt="" /></a></div>
    <div class="media-body"><h4 class="media-heading"><a href="/profile/3131">Starboard_Watch</a> <small>2 days ago</small></h4>
      <div class="media-content"><p>Next chapter please! I read this one on the night bus and missed my stop.</p></div></div>
  </div></div></div>
  <ul class="pagination"><li><a href="${chapterPath(spec, c)}?comments=2" data-page="2">Next &rsaquo;</a></li></ul></div>
</div>
</div>`;
  return layout({ title: `${c.title} - ${spec.title} | Royal Road`, head, body });
}

/** The fiction page: header, tags, description and the chapter table (recalled + SELECTORS.md). */
export function royalRoadFictionPage(spec: RoyalRoadFictionSpec): string {
  const row = (
    c: RoyalRoadChapterSpec,
  ) => `<tr style="cursor: pointer" data-url="${chapterPath(spec, c)}" data-volume-id="null" class="chapter-row">
    <td><a href="${chapterPath(spec, c)}">${esc(c.title)}</a></td>
    <td data-content="${c.id}" class="text-right"><a href="${chapterPath(spec, c)}"><time unixtime="${Date.parse(c.published) / 1000}" datetime="${c.published}" format="agoshort">${c.published.slice(0, 10)}</time></a></td>
  </tr>`;
  const head = `<meta property="og:type" content="books.book" />
  <meta property="og:url" content="${royalRoadFictionUrl(spec)}" />
  <meta property="books:author" content="${esc(spec.author.name)}" />
  <meta property="books:rating:value" content="4.5" />`;
  const body = `<div class="container">
<div class="fic-header"><div class="row">
  <div class="col-md-3 text-center"><img class="thumbnail inline-block" src="${CDN}/public/covers-large/${spec.id}-${spec.slug}.jpg" alt="${esc(spec.title)}" /></div>
  <div class="col fic-title">
    <h1 class="font-white">${esc(spec.title)}</h1>
    <h4 class="font-white"><span>by</span> <span><a href="/profile/${spec.author.id}" class="font-white">${esc(spec.author.name)}</a></span></h4>
  </div>
</div></div>
<div class="fiction-info"><div class="portlet light row"><div class="col-md-8">
  <div class="margin-bottom-10"><span class="label label-default bg-blue-hoki">Original</span> <span class="label label-default bg-blue-hoki">${spec.status}</span></div>
  <span class="tags">${spec.tags.map(tagLink).join('\n')}</span>
  <div class="description"><div class="hidden-content">${spec.description}</div></div>
</div></div></div>
<div class="portlet light"><table class="table no-border" id="chapters" data-chapters="${spec.chapters.length}">
  <thead><tr><th>Chapter Name</th><th class="text-right">Release Date</th></tr></thead>
  <tbody>${spec.chapters.map(row).join('\n')}</tbody>
</table></div>
</div>
${chaptersScript(spec)}`;
  return layout({ title: `${spec.title} | Royal Road`, head, body });
}

/** The site's "not found" page (recalled: a Metronic-style 404 block). */
export function royalRoadNotFoundPage(): string {
  const body = `<div class="container"><div class="row"><div class="col-md-12 page-404">
  <div class="number font-red"> 404 </div>
  <div class="details"><h3>Page Not Found</h3>
    <p>The page you were looking for could not be found.<br /><a href="/home">Return home</a> or try the search.</p></div>
</div></div></div>`;
  return layout({ title: 'Not Found | Royal Road', body });
}

/** The class and notice of the anti-piracy trap: the class random-looking, as the site's are. */
const ANTI_PIRACY = {
  className: 'cjRiYmE5OGZhNGM1NDM0NjI2NDc4NjE1NmQ2NTQwMzcz',
  text: 'A case of theft: this story is not rightfully on this site; if you spot it, report the violation.',
};

/** One Moby-Dick chapter as posted: the hidden notice halfway, notes on some chapters. */
function mobyChapter(c: SourceChapter, i: number): RoyalRoadChapterSpec {
  const half = Math.ceil(c.paragraphs.length / 2);
  const hidden = `<p class="${ANTI_PIRACY.className}">${esc(ANTI_PIRACY.text)}</p>`;
  const after = `<p>Thanks for reading chapter ${c.number}. Typos? Tell me in the comments.</p>`;
  return {
    id: 2185100 + c.number,
    slug: slugOf(`chapter ${c.number} ${c.title}`),
    title: `Chapter ${c.number}: ${c.title}`,
    body: [paras(c.paragraphs.slice(0, half)), hidden, paras(c.paragraphs.slice(half))].join('\n'),
    ...(i === 0 ? { noteBefore: '<p>Welcome aboard! New chapters go up every Friday.</p>' } : {}),
    ...(i % 2 === 0 ? { noteAfter: after } : {}),
    published: new Date(Date.UTC(2023, 0, 6 + 7 * i, 18)).toISOString(),
  };
}

/**
 * Moby-Dick posted on Royal Road, `count` chapters: notes in their own boxes (before the first
 * chapter, after every other one), and the hidden anti-piracy notice in the middle of each text.
 */
export function mobyDickRoyalRoad(count = 3): RoyalRoadFictionSpec {
  return {
    id: 51851,
    slug: 'moby-dick-or-the-whale',
    title: 'Moby-Dick; or, The Whale',
    author: { id: 1819, name: 'HMelville' },
    description:
      '<p>Call me Ishmael. A sailor signs on with a whaler whose captain hunts one whale.</p>',
    tags: ['Adventure', 'Drama', 'Historical', 'Psychological'],
    status: count === 135 ? 'COMPLETED' : 'ONGOING',
    antiPiracy: ANTI_PIRACY,
    chapters: mobyDick().slice(0, count).map(mobyChapter),
  };
}
