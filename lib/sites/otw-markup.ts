/**
 * True when a page is served by the AO3 software (otwarchive), whatever its host: its work
 * markup, or its footer's link to the otwarchive code.
 */
export function isOtwPage(doc: Document): boolean {
  if (doc.querySelector('#workskin') && doc.querySelector('dl.work.meta, #chapters')) return true;
  return doc.querySelector('#footer a[href*="github.com/otwcode/otwarchive"]') !== null;
}
