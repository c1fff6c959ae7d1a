import type { UrlIdentity } from '../types';
import { isHost, trimmedPath } from '../common/url';

/** Scribble Hub's hosts. */
export const SCRIBBLEHUB_HOSTS = ['www.scribblehub.com', 'scribblehub.com'] as const;

// Chapters: /read/<series>-<slug>/chapter/<chapter>/. The series page /series/<id>/<slug>/ is
// the index.
const CHAPTER_PATH = /^\/read\/(\d+)(?:-[^/]*)?\/chapter\/(\d+)$/;

/** What a Scribble Hub URL says about the chapter it shows. */
export function identifyScribbleHub(url: URL): UrlIdentity | null {
  if (!isHost(url, SCRIBBLEHUB_HOSTS)) return null;
  const match = CHAPTER_PATH.exec(trimmedPath(url));
  if (!match?.[1] || !match[2]) return null;
  return { site: 'scribblehub', workId: match[1], chapterId: match[2] };
}
