/**
 * True when the address names a part of the page the reader asked for (a comment, a footnote):
 * the page then stays there instead of landing on the saved place. AO3's own chapter links end
 * in #workskin and point at the story's start: those do not count.
 */
export function pointsIntoPage(hash: string): boolean {
  return hash.length > 1 && !STORY_START_IDS.has(hash.slice(1));
}

const STORY_START_IDS = new Set(['workskin', 'chapters', 'main', 'content']);
