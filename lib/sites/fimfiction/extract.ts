import type { Extraction, TocEntry } from '../types';
import { readBlocks } from '../common/blocks';
import { hiddenSelectors } from '../common/hidden';
import { makeChapter, makeStory } from '../common/story';
import { textOf } from '../common/text';
import {
  FIMFICTION_ORIGIN,
  authorOf,
  fimfictionPath,
  fimfictionToc,
  storyLink,
  storyMeta,
} from './meta';
import { identifyFimfiction } from './url';

/**
 * Fimfiction chapter pages (/story/<story>/<chapter number>/<slug>/<chapter slug>), after
 * SELECTORS.md section 7: the text is div#chapter-body (FanFicFare) inside div#chapter (WebToEpub),
 * and the author's notes are div.authors-note boxes before or after it, kept apart from the text.
 * No real capture exists: the page around them is recalled, so links are found by their targets.
 */

const BODY = '#chapter-body, div.chapter-body';
const WRAPPER = '#chapter';
const NOTE = '.authors-note';
// Inside a note: its header ("Author's Note" and the avatar), not the note itself.
const NOTE_CHROME = '.authors-note-title, .author-note-title, img.avatar, header';
const NOTE_BODY = ':scope > .bbcode, :scope > .authors-note-body, :scope > .note-body';
const TITLE = 'h1.chapter-title, #chapter_title, .chapter-header h1, #chapter h1';
// Around the text when only the wrapper is found (WebToEpub's view of the page).
const CHROME_IN_WRAPPER = `${NOTE}, ${TITLE}, .chapter-header, .chapter-buttons`;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the DOM global.
const NOT_FOUND =
  /not found|does not exist|doesn(?:'|’)?t exist|no longer exists|has been deleted|\b404\b/i;

function notStory(doc: Document, url: URL): Extraction {
  const page = textOf(doc.querySelector('.content, main, body'));
  if (/marked as (?:having|containing) (?:adult|mature) content|of legal age/i.test(page)) {
    return { kind: 'not-story', reason: 'adult-gate', detail: 'Fimfiction asks for your age.' };
  }
  if (doc.querySelector('form#password_form') !== null) {
    return { kind: 'not-story', reason: 'login-wall', detail: 'The story needs a password.' };
  }
  const said = [doc.title, ...Array.from(doc.querySelectorAll('h1, .error-page')).map(textOf)];
  if (said.some((t) => NOT_FOUND.test(t))) {
    return { kind: 'not-story', reason: 'not-found', detail: 'Fimfiction has no such story.' };
  }
  // A chapter's address without text is not the story's page, whatever else the page shows.
  const storyPage =
    /^\/story\/\d+/.test(url.pathname) || doc.querySelector('.story_content_box') !== null;
  if (storyPage && identifyFimfiction(url) === null) {
    return { kind: 'not-story', reason: 'index', detail: 'The story’s page, with its chapters.' };
  }
  return { kind: 'not-story', reason: 'unknown', detail: 'No story text on this page.' };
}

/**
 * The element holding the text: div#chapter-body, else the one text box inside div#chapter, else
 * div#chapter itself with its title and notes left out (`wrapped`).
 */
function textContainer(doc: Document): { root: Element; wrapped: boolean } | null {
  const body = doc.querySelector(BODY);
  if (body) return { root: body, wrapped: false };
  const wrapper = doc.querySelector(WRAPPER);
  if (!wrapper) return null;
  const parts = Array.from(wrapper.children).filter(
    (c) => !c.matches(CHROME_IN_WRAPPER) && textOf(c),
  );
  const only = parts[0];
  return parts.length === 1 && only?.tagName === 'DIV'
    ? { root: only, wrapped: false }
    : { root: wrapper, wrapped: true };
}

/** The chapter title without the word count and date floated inside its heading. */
function chapterTitle(doc: Document): string {
  const heading = doc.querySelector(TITLE);
  if (!heading) return '';
  const clone = heading.cloneNode(true) as Element;
  for (const extra of clone.querySelectorAll('div, span[data-time], .word-count')) extra.remove();
  return textOf(clone);
}

/** Notes before and after the text, each box's content read as blocks. */
function notesAround(text: Element): { before: string[]; after: string[] } {
  const notes = { before: [] as string[], after: [] as string[] };
  const scope = text.closest(WRAPPER) ?? text.parentElement ?? text;
  // When the text is the wrapper itself, the notes sit beside its first paragraph.
  const anchor = text.contains(scope)
    ? Array.from(text.children).find((c) => !c.matches(CHROME_IN_WRAPPER) && textOf(c))
    : text;
  for (const note of scope.querySelectorAll(NOTE)) {
    const html = readBlocks(note.querySelector(NOTE_BODY) ?? note, { drop: NOTE_CHROME })
      .blocks.join('\n')
      .trim();
    if (!html) continue;
    const isBefore = anchor ? (note.compareDocumentPosition(anchor) & FOLLOWING) !== 0 : true;
    (isBefore ? notes.before : notes.after).push(html);
  }
  return notes;
}

/** A prev/next chapter link: rel, then a link to a chapter of this story named by `words`. */
function navUrl(doc: Document, base: URL, workId: string, rel: string, words: RegExp) {
  const own = new RegExp(`^/story/${workId}/\\d+(?:/|$)`);
  const relLink = doc.querySelector(`a[rel~="${rel}"][href], link[rel~="${rel}"][href]`);
  const candidates = [
    ...(relLink ? [relLink] : []),
    ...Array.from(doc.querySelectorAll('a[href*="/story/"]')).filter(
      (a) => words.test(textOf(a)) && a.closest('ul.chapters, .comment, #comment_list') === null,
    ),
  ];
  for (const el of candidates) {
    const path = fimfictionPath(el.getAttribute('href'), base);
    if (path && own.test(path)) return `${FIMFICTION_ORIGIN}${path}`;
  }
  return undefined;
}

/** Reads a Fimfiction chapter page. */
export function extractFimfiction(doc: Document, url: URL): Extraction {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalIds = canonical ? identifyFimfiction(new URL(canonical, FIMFICTION_ORIGIN)) : null;
  const ids = identifyFimfiction(url) ?? canonicalIds;
  const container = textContainer(doc);
  if (!container || !ids?.workId || !ids.chapterId) return notStory(doc, url);
  const { workId, chapterId } = ids;
  const text = container.root;

  const blocks = readBlocks(text, {
    ...(container.wrapped ? { drop: CHROME_IN_WRAPPER } : {}),
    hiddenSelectors: hiddenSelectors(doc),
  });
  const notes = notesAround(text);
  const toc = fimfictionToc(doc, url, workId, chapterId);
  const index = toc.findIndex((t) => t.current);
  const number = Number(chapterId);
  const title = chapterTitle(doc) || toc[index]?.title;
  const chapter = makeChapter(blocks, {
    id: chapterId,
    number,
    ...(title ? { title } : {}),
    ...(notes.before.length > 0 ? { notesBefore: notes.before.join('\n') } : {}),
    ...(notes.after.length > 0 ? { notesAfter: notes.after.join('\n') } : {}),
    url:
      toc[index]?.url ??
      (canonicalIds?.chapterId === chapterId && canonical
        ? `${FIMFICTION_ORIGIN}${new URL(canonical, FIMFICTION_ORIGIN).pathname}`
        : `${FIMFICTION_ORIGIN}${url.pathname.replace(/\/+$/, '')}`),
  });

  const story = storyLink(doc, url, workId);
  const author = authorOf(doc, url);
  const neighbour = (offset: number): TocEntry | undefined =>
    index >= 0 ? toc[index + offset] : undefined;
  // The chapter list is the surest guide; without it, the page's own buttons.
  const prevUrl = neighbour(-1)?.url ?? navUrl(doc, url, workId, 'prev', /\bprev/i);
  const nextUrl = neighbour(1)?.url ?? navUrl(doc, url, workId, 'next', /\bnext\b/i);
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  // "<chapter> - <story> - Fimfiction": the story is what is left without the chapter.
  const headTitle = doc.title
    .replace(/\s*[-|–]\s*Fimfiction\s*$/i, '')
    .split(/\s+[-–|]\s+/)
    .filter((s) => s.trim() && s.trim() !== title)
    .join(' - ')
    .trim();

  return {
    kind: 'story',
    story: makeStory({
      site: 'fimfiction',
      siteName: 'Fimfiction',
      workId,
      chapterId,
      view: toc.length > 1 || number > 1 ? 'chapter' : 'single',
      canonicalUrl: story?.url ?? `${FIMFICTION_ORIGIN}/story/${workId}`,
      title: story?.name || ogTitle || headTitle || 'Untitled',
      authors: author ? [author] : [],
      ...storyMeta(doc, url),
      ...(toc.length > 0 ? { chapterCount: String(toc.length) } : {}),
      chapters: [chapter],
      toc,
      ...(prevUrl ? { prevUrl } : {}),
      ...(nextUrl ? { nextUrl } : {}),
    }),
  };
}
