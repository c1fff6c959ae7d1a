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
import type { SiteAdapter, SiteId, UrlIdentity } from './types';

/** Every supported site. The manifest's match patterns are generated from this list. */
export const SITES: readonly SiteAdapter[] = [
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
];

/** The supported site a URL belongs to, or undefined. */
export function detectSite(url: URL): SiteAdapter | undefined {
  const host = url.hostname.toLowerCase();
  return SITES.find((site) => site.hosts.includes(host));
}

/** What a URL of a supported site says about its work, or null for other pages and sites. */
export function identifyUrl(url: URL): UrlIdentity | null {
  return detectSite(url)?.identify(url) ?? null;
}

/** True for the site ids the extension can produce (known sites, other AO3 installs, any page). */
export function isSiteId(value: string): value is SiteId {
  return (
    value === 'web' || /^otw:[a-z0-9.-]+$/.test(value) || SITES.some((site) => site.id === value)
  );
}
