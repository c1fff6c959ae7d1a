import type { KnownSiteId, UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

// FanFiction.Net and FictionPress share one code base: /s/<story>/<chapter>/<slug>, on www. and m.
// The chapter number is the chapter's id (the site has no other); a bare /s/<story> is chapter 1.
const STORY_PATH = /^\/s\/(\d+)(?:\/(\d+))?(?:\/[^/]*)?$/;

/** Builds the URL identity function for a FanFiction.Net-software site. */
export function ffnetIdentify(site: KnownSiteId, hosts: readonly string[]) {
  return (url: URL): UrlIdentity | null => {
    if (!isHost(url, hosts)) return null;
    const match = STORY_PATH.exec(trimmedPath(url));
    if (!match?.[1]) return null;
    return { site, workId: match[1], chapterId: match[2] ?? '1' };
  };
}
