/**
 * The cover painted from the first frame on story URLs (see palette.ts coverCss, registered by
 * the background for the sites where the reader opens by itself). The content script lifts it
 * when the page turns out not to be a story, or when the reader closes.
 */

const ATTRIBUTE = 'data-fic-reader-cover';

/** Shows the page again. */
export function uncover(doc: Document): void {
  doc.documentElement.setAttribute(ATTRIBUTE, 'off');
}

/** True when the cover stylesheet is on this page and not lifted. */
export function isCovered(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || doc.documentElement.getAttribute(ATTRIBUTE) === 'off') return false;
  return (
    view.getComputedStyle(doc.documentElement).getPropertyValue('--fic-reader-cover').trim() === '1'
  );
}
