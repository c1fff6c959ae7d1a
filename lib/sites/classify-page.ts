import type { SiteUrls, UrlIdentity } from './types';
import { identifyOtwPath } from './ao3/url';
import { webWorkId } from './common/url';
import { isOtwPage } from './otw-markup';
import { detectSiteUrls } from './site-urls';

/**
 * What kind of site a page is on, and what its URL says about the work:
 * - `known`: a supported site, by its host; `identity` is null on pages that are not stories.
 * - `otw`: another install of the AO3 software (opened on request); its id is `otw:<host>`.
 * - `web`: any other page (opened on request); the work is the page's address.
 */
export type PageClass =
  | { kind: 'known'; site: SiteUrls; identity: UrlIdentity | null }
  | { kind: 'otw'; site: `otw:${string}`; identity: UrlIdentity | null }
  | { kind: 'web'; site: 'web'; identity: UrlIdentity & { workId: string } };

/**
 * What says whether a page on a host we do not know runs the AO3 software: the page's markup
 * (in the page), or the site its content script claims (in the background, which cannot see the
 * page; the claim is then checked against the URL).
 */
export type OtwEvidence = { doc: Document } | { claimedSite: string };

/**
 * The one decision "known site / other AO3 install / any page", for the extractor (which reads
 * the page) and for the background (which checks what a tab reports). Pure: it reads the URL,
 * and the page's markup only when the host is not a supported site.
 */
export function classifyPage(url: URL, evidence: OtwEvidence): PageClass {
  const site = detectSiteUrls(url);
  if (site) return { kind: 'known', site, identity: site.identify(url) };
  const otwSite = `otw:${url.hostname}` as const;
  const otw = 'doc' in evidence ? isOtwPage(evidence.doc) : evidence.claimedSite === otwSite;
  if (otw) {
    const id = identifyOtwPath(url);
    return { kind: 'otw', site: otwSite, identity: id ? { site: otwSite, ...id } : null };
  }
  return { kind: 'web', site: 'web', identity: { site: 'web', workId: webWorkId(url) } };
}
