import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Royal Road's hosts. */
export const ROYALROAD_HOSTS = ['www.royalroad.com', 'royalroad.com'] as const;

// Chapters: /fiction/<fiction>/<slug>/chapter/<chapter>/<slug>. The fiction page itself
// (/fiction/<id>/<slug>) is the chapter index, not a story page.
const CHAPTER_PATH = /^\/fiction\/(\d+)(?:\/[^/]+)?\/chapter\/(\d+)(?:\/[^/]*)?$/;

/** What a Royal Road URL says about the chapter it shows. */
export function identifyRoyalRoad(url: URL): UrlIdentity | null {
  if (!isHost(url, ROYALROAD_HOSTS)) return null;
  const match = CHAPTER_PATH.exec(trimmedPath(url));
  if (!match?.[1] || !match[2]) return null;
  return { site: 'royalroad', workId: match[1], chapterId: match[2] };
}
