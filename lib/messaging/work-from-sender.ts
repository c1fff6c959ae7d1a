import { identifyOtwPath } from '../sites/ao3/url';
import { detectSiteUrls as detectSite } from '../sites/site-urls';
import { webWorkId } from '../sites/common/url';
import type { SiteId, WorkRef } from '../sites/types';

/**
 * The work a tab may report, derived from the tab's own URL rather than trusted from the payload:
 * the payload's claim must agree with what the URL says. Returns the work, or why not.
 */
export function workFromSender(
  claim: { site: string; workId: string },
  senderUrl: URL,
): { ok: true; work: WorkRef } | { ok: false; error: string } {
  const site = detectSite(senderUrl);
  if (site) {
    const id = site.identify(senderUrl);
    if (!id) return { ok: false, error: 'the tab is not on a story page' };
    if (claim.site !== id.site) return { ok: false, error: 'the site does not match the tab' };
    if (id.workId !== undefined && id.workId !== claim.workId) {
      return { ok: false, error: 'the work does not match the tab' };
    }
    return { ok: true, work: { site: id.site, workId: id.workId ?? claim.workId } };
  }
  // Pages opened on request on other sites: another install of the AO3 software, or any page.
  const otwSite: SiteId = `otw:${senderUrl.hostname}`;
  if (claim.site === otwSite) {
    const id = identifyOtwPath(senderUrl);
    return id?.workId === claim.workId
      ? { ok: true, work: { site: otwSite, workId: claim.workId } }
      : { ok: false, error: 'the work does not match the tab' };
  }
  if (claim.site === 'web') {
    return claim.workId === webWorkId(senderUrl)
      ? { ok: true, work: { site: 'web', workId: claim.workId } }
      : { ok: false, error: 'the page does not match the tab' };
  }
  return { ok: false, error: 'the site does not match the tab' };
}

/** True when two addresses are on the same site: a supported site's hosts, or one origin. */
export function sameSite(a: URL, b: URL): boolean {
  const site = detectSite(a);
  return site ? site === detectSite(b) : a.origin === b.origin;
}
