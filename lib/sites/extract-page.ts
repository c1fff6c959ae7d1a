import { extractOtw } from './ao3/extract';
import { safely } from './common/story';
import { textOf } from './common/text';
import { extractGeneric } from './generic/readability';
import { detectSite } from './all-adapters';
import { isOtwPage } from './otw-markup';
import type { Extraction } from './types';

/** The name another install of the AO3 software gives itself ("[superlove]" in its titles). */
function otwSiteName(doc: Document, url: URL): string {
  return (
    /\[([^\]]+)\]\s*$/.exec(doc.title)?.[1] ??
    (textOf(doc.querySelector('#header h1 span')) || url.hostname)
  );
}

/**
 * Reads any page: a supported site through its adapter, another install of the AO3 software by
 * its markup, anything else through Readability. Used when the reader asks for a page by hand
 * and by the CLI; never throws.
 */
export function extractPage(doc: Document, url: URL): Extraction {
  const site = detectSite(url);
  if (site) return site.extract(doc, url);
  if (isOtwPage(doc)) {
    return safely(() => extractOtw(doc, url, `otw:${url.hostname}`, otwSiteName(doc, url)));
  }
  return safely(() => extractGeneric(doc, url));
}
