import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Royal Road's hosts. */
export const ROYALROAD_HOSTS = ['www.royalroad.com', 'royalroad.com'] as const;

// Chapters: /fiction/<fiction>/<slug>/chapter/<chapter>/<slug>. The fiction page itself
// (/fiction/<id>/<slug>) is the chapter index, not a story page.
const CHAPTER_PATH = /^\/fiction\/(\d+)(?:\/[^/]+)?\/chapter\/(\d+)(?:\/[^/]*)?$/;
// The short form /fiction/chapter/<chapter>?fid=<fiction>&fslug=<slug> (FanFicFare's adapter
// documents it): the fiction is named in the query only.
const SHORT_PATH = /^\/fiction\/chapter\/(\d+)\/?$/;

/** What a Royal Road URL says about the chapter it shows. */
export function identifyRoyalRoad(url: URL): UrlIdentity | null {
  if (!isHost(url, ROYALROAD_HOSTS)) return null;
  const path = trimmedPath(url);
  const match = CHAPTER_PATH.exec(path);
  if (match?.[1] && match[2]) return { site: 'royalroad', workId: match[1], chapterId: match[2] };
  const short = SHORT_PATH.exec(path)?.[1];
  const fid = url.searchParams.get('fid') ?? '';
  return short && /^\d+$/.test(fid) ? { site: 'royalroad', workId: fid, chapterId: short } : null;
}
