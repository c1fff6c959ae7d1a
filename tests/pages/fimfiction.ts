import { esc } from './html';
import { mobyDick } from './text';

/**
 * Fimfiction pages. No real capture exists. Documented (../shared/SELECTORS.md section 7, from
 * FanFicFare and WebToEpub): the text div#chapter-body with div.authors-note siblings, div#chapter
 * around them, h1.chapter-title with a floated div inside, a.story_name, the author link in
 * div.info-container, a.content-rating-*, ul.chapters a.chapter-title, span.completed-status-*,
 * span.description-text, ul.story-tags a.tag-*, span[data-time]. Recalled, not copied: the page
 * frame (user_toolbar, content_background), the story-top-toolbar on chapter pages, the notes'
 * header and bbcode body, the prev/next buttons, the comment list, the 404 and mature-content pages.
 */

/** One chapter; notes are HTML, shown above or below the text. */
export interface FimfictionChapterSpec {
  title: string;
  body: string;
  notesBefore?: string;
  notesAfter?: string;
}

/** The kinds of tag Fimfiction colours differently. */
export type FimfictionTagKind = 'series' | 'character' | 'genre' | 'warning' | 'content';

/** A story. */
export interface FimfictionStorySpec {
  id: number;
  slug: string;
  title: string;
  author: { id: number; name: string };
  rating: 'Everyone' | 'Teen' | 'Mature';
  status: 'Complete' | 'Incomplete' | 'On Hiatus' | 'Cancelled';
  description: string;
  tags: { kind: FimfictionTagKind; name: string }[];
  /** Unix time of the first chapter; each later chapter came a week after. */
  published: number;
  chapters: FimfictionChapterSpec[];
}

const ORIGIN = 'https://www.fimfiction.net';
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The story's page (its index). */
export function fimfictionStoryUrl(spec: FimfictionStorySpec): string {
  return `${ORIGIN}/story/${spec.id}/${spec.slug}`;
}

/** A chapter's URL, chapter 1-based. */
export function fimfictionChapterUrl(spec: FimfictionStorySpec, chapter: number): string {
  const c = spec.chapters[chapter - 1]!;
  return `${ORIGIN}/story/${spec.id}/${chapter}/${spec.slug}/${slugOf(c.title)}`;
}

const RATING_CLASS = { Everyone: 'everyone', Teen: 'teen', Mature: 'mature' } as const;

function storyHeader(spec: FimfictionStorySpec): string {
  const tags = spec.tags
    .map(
      (t) =>
        `<li><a href="/tag/${slugOf(t.name)}" class="tag-${t.kind}" title="${esc(t.name)}" data-tag-id="${t.name.length}">${esc(t.name)}</a></li>`,
    )
    .join('');
  return `<a class="content-rating-${RATING_CLASS[spec.rating]}" href="/stories?content_rating=${spec.rating.toLowerCase()}" title="${spec.rating}">${spec.rating[0]}</a>
      <a class="story_name" href="/story/${spec.id}/${spec.slug}">${esc(spec.title)}</a>
      <span class="by">by</span> <span class="author"><a href="/user/${spec.author.id}/${encodeURIComponent(spec.author.name)}">${esc(spec.author.name)}</a></span>
      <ul class="story-tags">${tags}</ul>`;
}

const date = (unix: number) => new Date(unix * 1000).toUTCString().slice(5, 16);

function chapterList(spec: FimfictionStorySpec, current?: number): string {
  return `<ul class="chapters">${spec.chapters
    .map((c, i) => {
      const time = spec.published + i * 7 * 86400;
      return `<li class="${i + 1 === current ? 'selected' : ''}"><a class="chapter-title" href="/story/${spec.id}/${i + 1}/${spec.slug}/${slugOf(c.title)}">${esc(c.title)}</a> <span class="date"><span data-time="${time}">${date(time)}</span></span></li>`;
    })
    .join('')}</ul>`;
}

function note(html: string, position: 'top' | 'bottom'): string {
  return `<div class="authors-note" data-position="${position}">
        <div class="authors-note-title"><img class="avatar" src="https://static.fimfiction.net/images/avatars/none_64.png" alt=""> <b>Author's Note</b></div>
        <div class="bbcode">${html}</div>
      </div>`;
}

function layout(title: string, head: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta property="og:site_name" content="Fimfiction">
${head}
<link rel="stylesheet" href="//static.fimfiction.net/styles/responsive.css">
<script src="//static.fimfiction.net/scripts/scripts.js"></script>
</head>
<body>
<div class="body_container">
  <header class="header">
    <nav class="user_toolbar"><ul>
      <li><a href="/" class="home_button">Fimfiction</a></li><li><a href="/stories">Stories</a></li>
      <li><a href="/groups">Groups</a></li><li><a href="/blog-posts">Blogs</a></li>
      <li class="login"><a href="/login">Log In</a></li><li><a href="/register">Register</a></li>
    </ul></nav>
    <div class="title"><a href="/"><img class="logo" src="//static.fimfiction.net/images/logo.png" alt="Fimfiction"></a></div>
  </header>
  <div class="content"><div class="content_background">
${content}
  </div></div>
  <footer class="footer"><a href="/faq">FAQ</a> <a href="/rules">Rules</a> <a href="/privacy">Privacy</a> <a href="/user/1/knighty">Site owner</a></footer>
</div>
<script>window.Fimfiction = { loggedIn: false };</script>
</body>
</html>`;
}

/** A chapter page, chapter 1-based. */
export function fimfictionChapterPage(spec: FimfictionStorySpec, chapter: number): string {
  const c = spec.chapters[chapter - 1]!;
  const words = c.body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  const time = spec.published + (chapter - 1) * 7 * 86400;
  const prev =
    chapter > 1
      ? `<a class="styled_button button-icon-only previous_chapter" href="/story/${spec.id}/${chapter - 1}/${spec.slug}/${slugOf(spec.chapters[chapter - 2]!.title)}"><i class="fa fa-chevron-left"></i> Previous Chapter</a>`
      : '';
  const next =
    chapter < spec.chapters.length
      ? `<a class="styled_button next_chapter" href="/story/${spec.id}/${chapter + 1}/${spec.slug}/${slugOf(spec.chapters[chapter]!.title)}">Next Chapter <i class="fa fa-chevron-right"></i></a>`
      : '';
  const head = `<meta property="og:title" content="${esc(spec.title)}">
<meta property="og:url" content="${fimfictionStoryUrl(spec)}">
<meta property="og:description" content="${esc(spec.description)}">
<link rel="canonical" href="${fimfictionChapterUrl(spec, chapter)}">`;
  const content = `<div class="story-top-toolbar">
      <div class="chapter-selector"><button class="styled_button">Chapters</button>${chapterList(spec, chapter)}</div>
      ${storyHeader(spec)}
      <span class="likes">96</span> <span class="dislikes">2</span> <span title="1,204 views / 3,880 total views">1,204</span>
    </div>
    <div id="chapter" class="chapter">
      <header class="chapter-header">
        <h1 class="chapter-title" id="chapter_title">${esc(c.title)}<div style="float:right"><span class="word-count">${words.toLocaleString('en-US')} words</span> <span data-time="${time}">${date(time)}</span></div></h1>
      </header>
      ${c.notesBefore ? note(c.notesBefore, 'top') : ''}
      <div id="chapter-body" class="chapter-body bbcode">
${c.body}
      </div>
      ${c.notesAfter ? note(c.notesAfter, 'bottom') : ''}
    </div>
    <div class="chapter-buttons">${prev} ${next}</div>
    <div id="comment_list" class="comment_list">
      <div class="comment" id="comment_1"><div class="author"><a href="/user/777/Tidewatcher">Tidewatcher</a></div>
      <div class="comment_data"><p>The inn scene made me laugh out loud.</p></div></div>
    </div>`;
  return layout(`${c.title} - ${spec.title} - Fimfiction`, head, content);
}

/** The story's page (/story/<id>/<slug>): description and chapter list, no text. */
export function fimfictionStoryPage(spec: FimfictionStorySpec): string {
  const content = `<div class="story_content_box" data-id="${spec.id}">
      <div class="story_container__story_image"><img class="lazy-img" data-src="//cdn-img.fimfiction.net/story/${spec.id}.jpg" alt=""></div>
      <div class="title">${storyHeader(spec)}</div>
      <div class="info-container"><a href="/user/${spec.author.id}/${encodeURIComponent(spec.author.name)}">${esc(spec.author.name)}</a></div>
      <span class="description-text bbcode"><p>${esc(spec.description)}</p></span>
      ${chapterList(spec)}
      <div class="chapters-footer"><span class="completed-status-${slugOf(spec.status)}">${spec.status}</span> <div class="word_count"><b>12,345</b> words</div></div>
    </div>`;
  const head = `<meta property="og:title" content="${esc(spec.title)}"><link rel="canonical" href="${fimfictionStoryUrl(spec)}">`;
  return layout(`${spec.title} - Fimfiction`, head, content);
}

/** The page shown for a story or chapter that does not exist. */
export function fimfictionNotFoundPage(): string {
  const content = `<div class="content_box error-page"><h1>Story Not Found</h1>
      <p>This story does not exist, or its author has deleted it.</p><a href="/stories">Browse stories</a></div>`;
  return layout('Story Not Found - Fimfiction', '', content);
}

/** The question a logged-out visitor gets before a mature story. */
export function fimfictionMaturePage(spec: FimfictionStorySpec): string {
  const content = `<div class="content_box mature-warning"><h1>${esc(spec.title)}</h1>
      <p>This story has been marked as having mature content. Please confirm you are of legal age to view it.</p>
      <form method="post" action="/story/${spec.id}/${spec.slug}"><input type="hidden" name="view_mature" value="true"><button class="styled_button" type="submit">Yes, show me the story</button></form></div>`;
  return layout(`${spec.title} - Fimfiction`, '', content);
}

/**
 * Moby-Dick posted chapter by chapter on Fimfiction, with the author's notes in Fimfiction's own
 * notes boxes: one above the first chapter's text, one below every other chapter.
 */
export function mobyDickFimfiction(count = 3): FimfictionStorySpec {
  return {
    id: 185151,
    slug: 'moby-dick',
    title: 'Moby-Dick',
    author: { id: 1819, name: 'Herman Melville' },
    rating: 'Teen',
    status: count === 135 ? 'Complete' : 'Incomplete',
    description: 'Call me Ishmael. A sailor, a harpooneer and a captain who hunts one whale.',
    tags: [
      { kind: 'series', name: 'Moby-Dick' },
      { kind: 'character', name: 'Ishmael' },
      { kind: 'character', name: 'Queequeg' },
      { kind: 'genre', name: 'Adventure' },
      { kind: 'warning', name: 'Violence' },
      { kind: 'content', name: 'Sea Voyages' },
    ],
    published: 1318982400,
    chapters: mobyDick()
      .slice(0, count)
      .map((c, i) => ({
        title: c.title,
        body: c.paragraphs.map((p) => `<p class="double">${esc(p)}</p>`).join('\n'),
        ...(i === 0
          ? { notesBefore: '<p>First of many! Posting one chapter every Sunday.</p>' }
          : {
              notesAfter: `<p>Chapter ${i + 1} done. Thank you for the comments on the last one.</p>`,
            }),
      })),
  };
}
