import type { KnownSiteId, SiteFeedback, SiteId, SiteUrls, UrlIdentity } from './types';
import { ao3Urls } from './urls/ao3';
import { ffnetUrls } from './urls/ffnet';
import { fictionpressUrls } from './urls/fictionpress';
import { fimfictionUrls } from './urls/fimfiction';
import { questionablequestingUrls } from './urls/questionablequesting';
import { royalroadUrls } from './urls/royalroad';
import { scribblehubUrls } from './urls/scribblehub';
import { spacebattlesUrls } from './urls/spacebattles';
import { sufficientvelocityUrls } from './urls/sufficientvelocity';
import { wattpadUrls } from './urls/wattpad';

// Keyed by id so that a KnownSiteId without a description fails to compile. Pure: no extractor
// is reachable from here (tests/unit/architecture.test.ts checks it), so the manifest, the
// background and the popup stay small.
const BY_ID: Readonly<Record<KnownSiteId, SiteUrls>> = {
  ao3: ao3Urls,
  ffnet: ffnetUrls,
  fictionpress: fictionpressUrls,
  royalroad: royalroadUrls,
  spacebattles: spacebattlesUrls,
  sufficientvelocity: sufficientvelocityUrls,
  questionablequesting: questionablequestingUrls,
  wattpad: wattpadUrls,
  fimfiction: fimfictionUrls,
  scribblehub: scribblehubUrls,
};

/** Every supported site, without its extractor. The manifest's match patterns come from it. */
export const SITE_URLS: readonly SiteUrls[] = Object.values(BY_ID);

/** The description of a supported site. */
export function siteUrlsOf(id: KnownSiteId): SiteUrls {
  return BY_ID[id];
}

/** The supported site a URL belongs to, by its host, or undefined. */
export function detectSiteUrls(url: URL): SiteUrls | undefined {
  const host = url.hostname.toLowerCase();
  return SITE_URLS.find((site) => site.hosts.includes(host));
}

/** What a URL of a supported site says about its work, or null for other pages and sites. */
export function identifyUrl(url: URL): UrlIdentity | null {
  return detectSiteUrls(url)?.identify(url) ?? null;
}

/** True for the site ids the extension can produce (known sites, other AO3 installs, any page). */
export function isSiteId(value: string): value is SiteId {
  return value === 'web' || /^otw:[a-z0-9.-]+$/.test(value) || isKnownSiteId(value);
}

/** True for the ids of the supported sites. */
export function isKnownSiteId(value: string): value is KnownSiteId {
  return Object.hasOwn(BY_ID, value);
}

/** Match patterns for every host of the given sites. */
export function matchPatterns(sites: readonly SiteUrls[]): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `*://${host}/*`));
}

/** Match patterns for every host of every supported site: the manifest's host permissions. */
export function hostPermissions(): string[] {
  return matchPatterns(SITE_URLS);
}

/**
 * Where to look for comments on a page opened on request on a site we have no adapter for: the
 * places the supported sites use, since many sites run the same software.
 */
export const GENERIC_FEEDBACK: SiteFeedback = {
  selector:
    '#feedback, #comments, #review, .comments-container, .chapter-comments, .block--messages',
  label: 'Comments',
};

/**
 * Where a page of any site keeps its comments: the supported site's own place, AO3's for other
 * installs of its software, the generic guess anywhere else.
 */
export function feedbackOf(site: SiteId): SiteFeedback {
  if (isKnownSiteId(site)) return BY_ID[site].feedback;
  return site.startsWith('otw:') ? ao3Urls.feedback : GENERIC_FEEDBACK;
}
