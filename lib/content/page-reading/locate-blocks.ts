/**
 * Finds a chapter's blocks in a page's text, in order (pure: strings in, offsets out). Each block
 * is looked for after the one before it, within WINDOW characters: what the site shows between
 * blocks and the reader does not (a spoiler's button, an ad) is skipped, and a block the page
 * shows differently is simply not found (-1) without costing a search of the whole page. Only
 * the chapter's first block is looked for anywhere after `from` (its title, notes and the page's
 * header come before it), and only a few times if it cannot be found; of its first occurrences,
 * the one the next block follows most closely is taken (a summary quoting the first line comes
 * before the text).
 */

/** How far past the previous block the next one may start. */
export const WINDOW = 4_000;
/** Blocks looked for anywhere after `from` before the chapter's first one is found. */
const OPEN_SEARCHES = 3;

/** Where each block starts in the page's text (-1: not found), and where the last found ends. */
export interface Located {
  starts: number[];
  end: number;
}

export function locateBlocks(page: string, blocks: readonly string[], from: number): Located {
  const starts: number[] = [];
  let cursor = from;
  let found = false;
  let openSearches = 0;
  for (const [index, text] of blocks.entries()) {
    if (!text) {
      starts.push(-1);
      continue;
    }
    let at: number;
    if (found || openSearches >= OPEN_SEARCHES) {
      const inWindow = page.slice(cursor, cursor + WINDOW + text.length).indexOf(text);
      at = inWindow < 0 ? -1 : cursor + inWindow;
    } else {
      openSearches++;
      at = firstFollowed(page, text, cursor, nextTexts(blocks, index));
    }
    starts.push(at);
    if (at >= 0) {
      found = true;
      cursor = at + text.length;
    }
  }
  return { starts, end: cursor };
}

/** A line this long is taken as the chapter's start even when nothing after it is found. */
const DISTINCT = 40;

/** The texts of the next few non-empty blocks after block `index`. */
function nextTexts(blocks: readonly string[], index: number): string[] {
  const next: string[] = [];
  for (let i = index + 1; i < blocks.length && next.length < 3; i++) {
    const text = blocks[i];
    if (text) next.push(text);
  }
  return next;
}

/**
 * Of the first few occurrences of `text` after `from`, the one the next blocks follow most
 * closely (the text itself, not a summary or a preview quoting its first line). When none is
 * followed, a long line is taken at its first occurrence, a short one not at all (a "Yes." in
 * the site's menu is not the chapter's start).
 */
function firstFollowed(page: string, text: string, from: number, next: string[]): number {
  const first = page.indexOf(text, from);
  if (first < 0 || next.length === 0) return first;
  let best = -1;
  let bestGap = Infinity;
  for (let at = first, tries = 0; at >= 0 && tries < 5; tries++) {
    const after = at + text.length;
    for (const following of next) {
      const gap = page.slice(after, after + WINDOW + following.length).indexOf(following);
      if (gap >= 0 && gap < bestGap) {
        best = at;
        bestGap = gap;
      }
    }
    at = page.indexOf(text, at + 1);
  }
  return best >= 0 || text.length < DISTINCT ? best : first;
}
