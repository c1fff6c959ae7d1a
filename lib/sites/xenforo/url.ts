import type { KnownSiteId, UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

// XenForo threads: /threads/<slug>.<id>/ with /page-N, /reader/, /reader/page-N, /post-N after it.
// The story is the threadmarked posts, so thread pages and reader pages may hold it; the markup
// decides. /threadmarks (the index), /members, /forums are never story pages.
const THREAD_PATH =
  /^\/threads\/(?:[^/]*\.)?(\d+)(?:\/(reader(?:\/page-\d+)?|page-\d+|post-(\d+)))?$/;

/** Builds the URL identity function for a XenForo forum with threadmarks. */
export function xenforoIdentify(site: KnownSiteId, hosts: readonly string[]) {
  return (url: URL): UrlIdentity | null => {
    if (!isHost(url, hosts)) return null;
    const match = THREAD_PATH.exec(trimmedPath(url));
    if (!match?.[1]) return null;
    const [, workId, tail, postId] = match;
    return {
      site,
      workId,
      ...(postId ? { chapterId: postId } : {}),
      ...(tail?.startsWith('reader') ? { whole: true } : {}),
    };
  };
}
