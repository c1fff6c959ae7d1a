import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Fimfiction's hosts. */
export const FIMFICTION_HOSTS = ['www.fimfiction.net', 'fimfiction.net'] as const;

// Chapters: /story/<story>/<chapter number>/<story slug>/<chapter slug>. The story page
// /story/<story>/<slug> has no chapter number and is the index.
const CHAPTER_PATH = /^\/story\/(\d+)\/(\d+)(?:\/[^/]*){0,2}$/;

/** What a Fimfiction URL says about the chapter it shows. */
export function identifyFimfiction(url: URL): UrlIdentity | null {
  if (!isHost(url, FIMFICTION_HOSTS)) return null;
  const match = CHAPTER_PATH.exec(trimmedPath(url));
  if (!match?.[1] || !match[2]) return null;
  return { site: 'fimfiction', workId: match[1], chapterId: match[2] };
}
