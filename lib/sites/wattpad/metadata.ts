import type { Link, TocEntry } from '../types';
import { absoluteUrl, linkOf } from '../common/links';
import { textOf } from '../common/text';

/**
 * What a Wattpad part page says about its story. The story id is not in a part's URL, so it comes
 * from the page: the metadata JSON the page's script carries (`".metadata":{"data":`, SELECTORS.md
 * section 5, W2E WattpadParser :71-72), a link to /story/<id>-<slug> in the part's header or chapter
 * list, or the head's meta tags. Field names inside the JSON (group, user, pages) are recalled, not
 * documented, so every one of them is optional.
 */

/** The part's metadata from the page's prefetched JSON. */
export interface PartMetadata {
  partId?: string;
  title?: string;
  /** Pages the part has in all (Wattpad splits long parts and loads later pages lazily). */
  pages?: number;
  storyId?: string;
  storyTitle?: string;
  author?: string;
  complete?: boolean;
}

const METADATA_KEY = '.metadata":{"data":';
// Recommendations and comments link to other stories and other users.
const ELSEWHERE =
  '.similar-stories, #similar-stories, .recommendations, .youll-also-like, .inline-recommendations, .part-comments, .comments, footer, #footer';
// Where the part names its own story and author.
const STORY_INFO =
  '.toc-header, .story-info, .part-header, #story-reading header, #sticky-nav, .story-header';
const IN_STORY_INFO = STORY_INFO.split(',')
  .map((s) => `${s.trim()} a[href]`)
  .join(', ');
const STORY_PATH = /^\/story\/(\d+)/;
const USER_PATH = /^\/user\/([^/?#]+)/;

/** The JSON object that starts at `start` (balanced braces, strings respected), or undefined. */
function jsonObjectAt(text: string, start: number): unknown {
  if (text[start] !== '{') return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

const idOf = (value: unknown): string | undefined =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && /^\d+$/.test(value))
    ? String(value)
    : undefined;

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The part's metadata from the page's scripts, preferring the entry for `partId`. */
export function partMetadata(doc: Document, partId: string | undefined): PartMetadata {
  let data: unknown;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    const own = partId ? source.indexOf(`part.${partId}${METADATA_KEY}`) : -1;
    const index = own >= 0 ? own + `part.${partId}`.length : source.indexOf(METADATA_KEY);
    if (index < 0) continue;
    data = jsonObjectAt(source, index + METADATA_KEY.length);
    if (data !== undefined) break;
  }
  if (data === undefined) return {};
  const story = field(data, 'group') ?? field(data, 'story');
  const user = field(story, 'user') ?? field(data, 'user');
  const pages = field(data, 'pages');
  const completed = field(story, 'completed');
  const meta: PartMetadata = {
    partId: idOf(field(data, 'id')),
    title: stringOf(field(data, 'title')),
    pages: typeof pages === 'number' && pages > 0 ? pages : undefined,
    storyId: idOf(field(story, 'id')) ?? idOf(field(data, 'groupId') ?? field(data, 'storyId')),
    storyTitle: stringOf(field(story, 'title')),
    author: stringOf(field(user, 'username')) ?? stringOf(field(user, 'name')),
    complete: typeof completed === 'boolean' ? completed : undefined,
  };
  return Object.fromEntries(
    Object.entries(meta).filter(([, v]) => v !== undefined),
  ) as PartMetadata;
}

function pathOf(href: string | null, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  if (!url) return undefined;
  const parsed = new URL(url);
  return /(?:^|\.)wattpad\.com$/i.test(parsed.hostname) ? parsed.pathname : undefined;
}

/** Anchors to `path` in the part's own header first, then anywhere but recommendations. */
function ownLinks(doc: Document, base: URL, path: RegExp): Element[] {
  const scoped = Array.from(doc.querySelectorAll(IN_STORY_INFO));
  const anywhere = Array.from(doc.querySelectorAll('a[href]')).filter(
    (a) => a.closest(ELSEWHERE) === null,
  );
  return [...scoped, ...anywhere].filter((a) =>
    path.test(pathOf(a.getAttribute('href'), base) ?? ''),
  );
}

/** The story's id and title as the page links to it. */
export function storyLink(doc: Document, base: URL): { id?: string; title?: string } {
  for (const a of ownLinks(doc, base, STORY_PATH)) {
    const id = STORY_PATH.exec(pathOf(a.getAttribute('href'), base) ?? '')?.[1];
    const title = textOf(a.querySelector('.title, .sr-only, h2, h3') ?? a);
    if (id) return title ? { id, title } : { id };
  }
  // A few pages name the story only in their head (app links, alternates).
  for (const el of doc.querySelectorAll(
    'head meta[content*="/story/"], head link[href*="/story/"]',
  )) {
    const value = el.getAttribute('content') ?? el.getAttribute('href') ?? '';
    const id = /\/story\/(\d+)/.exec(value)?.[1];
    if (id) return { id };
  }
  return {};
}

/** The author, from the first link to a user page in the part's header. */
export function authorLink(doc: Document, base: URL): Link | undefined {
  for (const a of ownLinks(doc, base, USER_PATH)) {
    const link = linkOf(a, base);
    if (link.name) return { ...link, name: link.name.replace(/^by\s+/i, '') };
  }
  return undefined;
}

/** The story's parts from the chapter-list dropdown (`ul.table-of-contents`), if the page has it. */
export function wattpadToc(doc: Document, base: URL, partId: string): TocEntry[] {
  const seen = new Set<string>();
  const toc: TocEntry[] = [];
  for (const a of doc.querySelectorAll('ul.table-of-contents a[href]')) {
    const url = absoluteUrl(a.getAttribute('href'), base);
    const chapterId = /^\/(\d+)/.exec(pathOf(a.getAttribute('href'), base) ?? '')?.[1];
    if (!url || !chapterId || seen.has(chapterId)) continue;
    seen.add(chapterId);
    const title = textOf(a.querySelector('.part-title') ?? a);
    toc.push({ title, url, chapterId, ...(chapterId === partId ? { current: true } : {}) });
  }
  return toc;
}
