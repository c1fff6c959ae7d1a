import { ao3 } from './adapters/ao3';
import { ffnet } from './adapters/ffnet';
import { fictionpress } from './adapters/fictionpress';
import { fimfiction } from './adapters/fimfiction';
import { questionablequesting } from './adapters/questionablequesting';
import { royalroad } from './adapters/royalroad';
import { scribblehub } from './adapters/scribblehub';
import { spacebattles } from './adapters/spacebattles';
import { sufficientvelocity } from './adapters/sufficientvelocity';
import { wattpad } from './adapters/wattpad';
import { detectSiteUrls } from './site-urls';
import type { KnownSiteId, SiteAdapter } from './types';

/**
 * Every site's adapter, by id: every extractor at once, for code that reads any page (the
 * on-request reader, the CLIs). A content script for one site imports `adapters/<site>.ts`.
 */
export const ADAPTERS: Readonly<Record<KnownSiteId, SiteAdapter>> = {
  ao3,
  ffnet,
  fictionpress,
  royalroad,
  spacebattles,
  sufficientvelocity,
  questionablequesting,
  wattpad,
  fimfiction,
  scribblehub,
};

/** The adapter of the supported site a URL belongs to, or undefined. */
export function detectSite(url: URL): SiteAdapter | undefined {
  const site = detectSiteUrls(url);
  return site && ADAPTERS[site.id];
}
