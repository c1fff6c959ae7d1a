import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Hosts of the Archive of Our Own itself. Other installs of its software are opened on request. */
export const AO3_HOSTS = ['archiveofourown.org', 'www.archiveofourown.org'] as const;

// Work pages live at /works/N, optionally inside a collection (/collections/NAME/works/N), and
// chapter pages at /works/N/chapters/M. Anything after that (/navigate, /bookmarks, /comments,
// /kudos, /share...) is not the story text.
const WORK_PATH = /^(?:\/collections\/[^/]+)?\/works\/(\d+)(?:\/chapters\/(\d+))?$/;

/** Identity from an AO3-software URL path and query (host checked by the caller). */
export function identifyOtwPath(url: URL): Omit<UrlIdentity, 'site'> | null {
  const match = WORK_PATH.exec(trimmedPath(url));
  if (!match) return null;
  const [, workId, chapterId] = match;
  if (workId === undefined) return null;
  const whole = url.searchParams.get('view_full_work') === 'true';
  return {
    workId,
    ...(chapterId !== undefined && !whole ? { chapterId } : {}),
    ...(whole ? { whole } : {}),
  };
}

/** What an archiveofourown.org URL says about the work it shows. */
export function identifyAo3(url: URL): UrlIdentity | null {
  if (!isHost(url, AO3_HOSTS)) return null;
  const id = identifyOtwPath(url);
  return id ? { site: 'ao3', ...id } : null;
}
