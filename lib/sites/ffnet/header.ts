import { textOf } from '../common/text';

/**
 * The story header of an FFN-software page, in each of the layouts the site has had:
 * - today's desktop `div#profile_top` (the real 2020 capture, SELECTORS.md section 2): title in
 *   `b.xcontrast_txt`, "By:" author link, summary div, metadata in `span.xgray`;
 * - the 2012 desktop layout (captures in cochrane/Fanfiction-Downloader's tests): a table
 *   (`#gui_table1i tr.alt2 > td`) with the title in `<b>`, an "Author:" line, the summary in
 *   `div[style*=margin-top]` and the metadata in a grey div (`div[style*=color:gray]`);
 * - the mobile site's `#content` (recalled, no capture): centred divs with the title in `<b>`.
 */

/** The element holding the title, the author and the metadata, whichever layout the page has. */
export function ffnHeader(doc: Document): Element | null {
  return (
    doc.querySelector('#profile_top') ??
    doc.querySelector('#gui_table1i tr.alt2 > td, #gui_table1i td') ??
    doc.querySelector('#content')
  );
}

/** The header's one line of " - " separated metadata ("Rated: ... - id: N"). */
export function ffnMetaElement(header: Element | null): Element | null {
  if (!header) return null;
  const direct = header.querySelector('span.xgray, div[style*="color:gray" i]');
  if (direct) return direct;
  return (
    Array.from(header.querySelectorAll('span, div')).find((el) => /^Rated:/.test(textOf(el))) ??
    null
  );
}

/** The summary: the header's div under the byline, not the metadata. */
export function ffnSummaryElement(header: Element | null, meta: Element | null): Element | null {
  if (!header || header.matches('#content')) return null;
  const styled = header.querySelector(':scope > div[style*="margin-top" i]');
  if (styled && textOf(styled)) return styled;
  return (
    Array.from(header.querySelectorAll(':scope > div')).find(
      (d) => d !== meta && textOf(d).length > 0 && !/^Rated:/.test(textOf(d)),
    ) ?? null
  );
}

/** The story's title: the header's bold title, else the page's <title> without its suffix. */
export function ffnStoryTitle(doc: Document, header: Element | null): string {
  const bold =
    textOf(header?.querySelector(':scope > b')) ||
    textOf(header?.querySelector('div[align="center"] > b'));
  if (bold) return bold;
  // "Title Chapter-title, a fandom fanfic | FanFiction": the chapter part cannot be told from
  // the title here, except the mobile site's "Chapter N: ..." form.
  return pageTitleOf(doc).replace(/\s+Chapter\s+\d+\b.*$/i, '');
}

/**
 * The page's <title> without the site's suffix: "Title Chapter-title, a harry potter fanfic |
 * FanFiction" (FictionPress: ", a fantasy fiction | FictionPress") becomes "Title Chapter-title".
 */
export function pageTitleOf(doc: Document): string {
  const title = doc.title.replace(/\s*\|\s*(?:Fan\s*Fiction|FictionPress)[^|]*$/i, '').trim();
  // The last ", a ... fanfic"; a fandom with a comma in its name ("a law and order, svu fanfic")
  // falls back to the first.
  const suffixes = [
    /,\s+an?\s+[^,]*\b(?:fanfic|fanfiction|fiction|story|poem|poetry)$/i,
    /,\s+an?\s+.*\b(?:fanfic|fanfiction|fiction|story|poem|poetry)$/i,
  ];
  for (const suffix of suffixes) {
    if (suffix.test(title)) return title.replace(suffix, '').trim();
  }
  return title;
}
