import { ADAPTERS } from './all-adapters';
import { extractOtw } from './ao3/extract';
import { classifyPage } from './classify-page';
import { safely } from './common/story';
import { textOf } from './common/text';
import { extractGeneric } from './generic/readability';
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
  const page = classifyPage(url, { doc });
  switch (page.kind) {
    case 'known':
      return ADAPTERS[page.site.id].extract(doc, url);
    case 'otw':
      return safely(() => extractOtw(doc, url, page.site, otwSiteName(doc, url)));
    case 'web':
      return safely(() => extractGeneric(doc, url));
  }
}
