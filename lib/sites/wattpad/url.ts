import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Wattpad's hosts. */
export const WATTPAD_HOSTS = ['www.wattpad.com', 'wattpad.com'] as const;

// A part (chapter) is /<partId>-<slug>, optionally /page/N. The story id is not in the URL; the
// page's metadata gives it. /story/<id>-<slug> is the story's index page.
const PART_PATH = /^\/(\d+)(?:-[^/]*)?(?:\/page\/\d+)?$/;

/** What a Wattpad URL says about the part it shows. */
export function identifyWattpad(url: URL): UrlIdentity | null {
  if (!isHost(url, WATTPAD_HOSTS)) return null;
  const match = PART_PATH.exec(trimmedPath(url));
  if (!match?.[1]) return null;
  return { site: 'wattpad', chapterId: match[1] };
}
