import type { KnownSiteId, UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

// XenForo threads: /threads/<slug>.<id>/ with /page-N, /reader/, /reader/page-N, /post-N after it.
// The story is the threadmarked posts, so thread pages and reader pages may hold it; the markup
// decides. /threadmarks (the index), /members, /forums are never story pages.
const THREAD_PATH =
  /^\/threads\/(?:([^/]*)\.)?(\d+)(?:\/(reader(?:\/page-\d+)?|page-\d+|post-(\d+)|threadmarks))?$/;

/** Which page of a thread a URL names. */
export interface ThreadRef {
  workId: string;
  /** The title slug in the URL ("a-quiet-harbour"), when the URL has one. */
  slug?: string;
  kind: 'thread' | 'reader' | 'post' | 'threadmarks';
  postId?: string;
}

/** The thread a forum URL belongs to (any host: the caller checks it), or null. */
export function xenforoThreadRef(url: URL): ThreadRef | null {
  const match = THREAD_PATH.exec(trimmedPath(url));
  const workId = match?.[2];
  if (!match || !workId) return null;
  const [, slug, , tail, postId] = match;
  const kind = postId
    ? 'post'
    : tail === 'threadmarks'
      ? 'threadmarks'
      : tail?.startsWith('reader')
        ? 'reader'
        : 'thread';
  return { workId, kind, ...(slug ? { slug } : {}), ...(postId ? { postId } : {}) };
}

/** Builds the URL identity function for a XenForo forum with threadmarks. */
export function xenforoIdentify(site: KnownSiteId, hosts: readonly string[]) {
  return (url: URL): UrlIdentity | null => {
    if (!isHost(url, hosts)) return null;
    const ref = xenforoThreadRef(url);
    // The threadmarks index lists the chapters; it holds none of them.
    if (!ref || ref.kind === 'threadmarks') return null;
    return {
      site,
      workId: ref.workId,
      ...(ref.postId ? { chapterId: ref.postId } : {}),
      ...(ref.kind === 'reader' ? { whole: true } : {}),
    };
  };
}
