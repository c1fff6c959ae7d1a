import type { PageMap, PagePlace } from './page-map';

/**
 * Where things are on the site's own page (issue 10, the reader switched off): the first line
 * at the top of the window, landing on a place, a chapter's end on screen. The same rules as
 * the reader's (lib/reader/view/scroll-to-place.ts): a position is the first line at the top,
 * measured by binary searches over layout boxes (a dozen measurements), never by hit-testing.
 */

/** The first line is the one this many pixels below the visible top (as in the reader). */
export const TOP_LINE_PX = 4;

/**
 * The top of what the reader can see: below a bar the site keeps fixed at the top of the window
 * (a forum's sticky navigation), or the window's top.
 */
export function visibleTop(doc: Document): number {
  const win = doc.defaultView;
  if (!win) return 0;
  let top = 0;
  for (const share of [0.25, 0.5, 0.75]) {
    for (let el = doc.elementFromPoint(win.innerWidth * share, 1); el; el = el.parentElement) {
      if (el === doc.body || el === doc.documentElement) break;
      const position = win.getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      const box = el.getBoundingClientRect();
      if (box.top <= 1 && box.bottom < win.innerHeight / 3) top = Math.max(top, box.bottom);
      break;
    }
  }
  return top;
}

const lastBottom = (range: Range | null): number => {
  if (!range) return 0;
  const rects = range.getClientRects();
  return rects.length > 0
    ? (rects[rects.length - 1]?.bottom ?? 0)
    : range.getBoundingClientRect().bottom;
};

/** The place where the first line reaching below `y` starts, or null when no text is below. */
export function firstLineAt(map: PageMap, y: number): PagePlace | null {
  let lo = 0;
  let hi = map.size - 1;
  let pick = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const length = map.entry(mid)?.length ?? 0;
    if (lastBottom(map.range(mid, 0, length)) > y) {
      pick = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  const entry = map.entry(pick);
  if (!entry) return null;
  const top = map.range(pick, 0, 1)?.getBoundingClientRect().top ?? y;
  let offset = 0;
  if (top < y) {
    // Characters come in reading order and their lines go down the page.
    let first = entry.length - 1;
    for (let a = 0, b = entry.length - 1; a <= b;) {
      const mid = (a + b) >> 1;
      if (lastBottom(map.range(pick, mid, mid + 1)) > y) {
        first = mid;
        b = mid - 1;
      } else a = mid + 1;
    }
    // The space where a line wraps hangs at the end of the line before: the line starts after it.
    const text = map.text(pick);
    while (text[first] === ' ' && first < entry.length - 1) first++;
    offset = first;
  }
  return { chapterIndex: entry.chapterIndex, block: entry.block, offset };
}

/**
 * Scrolls the window so the line holding a place is the first below `top`; false when the place
 * is not on the page. A block the page does not show as the reader does lands on the next one.
 */
export function scrollToPlace(map: PageMap, place: PagePlace, top: number): boolean {
  const index = map.indexOf(place.chapterIndex, place.block);
  const entry = map.entry(index);
  if (!entry) return false;
  const offset = entry.block === place.block ? Math.min(place.offset, entry.length - 1) : 0;
  const range = map.range(index, offset, offset + 1);
  const box = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
  const win = range?.startContainer.ownerDocument?.defaultView;
  if (!box || !win) return false;
  win.scrollBy({ top: box.top - top, behavior: 'instant' });
  return true;
}

/** True when the end of a chapter has come on screen (or gone above it). */
export function chapterEndSeen(map: PageMap, chapterIndex: number, viewHeight: number): boolean {
  const last = map.lastOf(chapterIndex);
  const entry = map.entry(last);
  if (!entry) return false;
  const range = map.range(last, entry.length - 1, entry.length);
  // A block with no box is not shown at all (the site hides it): its end is never seen.
  if (!range || range.getClientRects().length === 0) return false;
  return lastBottom(range) <= viewHeight;
}
