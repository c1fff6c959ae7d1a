/** The toolbar's size, before it is measured. */
const GUESS = { width: 320, height: 44 };
const GAP = 8;

/**
 * Where the highlight toolbar goes for a range on screen: above its first line, or below its
 * last line when there is no room above (under the reader's toolbar); kept inside the window.
 */
export function toolbarPlace(
  range: Range | null | undefined,
  view: { width: number; height: number; top: number },
  size: { width: number; height: number } = GUESS,
): { top: number; left: number } | null {
  const rects = range && typeof range.getClientRects === 'function' ? range.getClientRects() : null;
  const first = rects?.[0];
  const last = rects?.[rects.length - 1];
  if (!first || !last) return null;
  const above = first.top - size.height - GAP;
  const top =
    above >= view.top ? above : Math.min(last.bottom + GAP, view.height - size.height - GAP);
  const centre = first.left + first.width / 2;
  const left = Math.max(GAP, Math.min(centre - size.width / 2, view.width - size.width - GAP));
  return { top: Math.max(view.top, top), left };
}
