import { classifyPage } from '../sites/classify-page';
import { detectSiteUrls } from '../sites/site-urls';
import type { WorkRef } from '../sites/types';

/**
 * The work a tab may report, derived from the tab's own URL rather than trusted from the payload:
 * the payload's claim must agree with what the URL says. Returns the work, or why not.
 */
export function workFromSender(
  claim: { site: string; workId: string },
  senderUrl: URL,
): { ok: true; work: WorkRef } | { ok: false; error: string } {
  const page = classifyPage(senderUrl, { claimedSite: claim.site });
  if (page.kind === 'known') {
    const id = page.identity;
    if (!id) return { ok: false, error: 'the tab is not on a story page' };
    if (claim.site !== id.site) return { ok: false, error: 'the site does not match the tab' };
    if (id.workId !== undefined && id.workId !== claim.workId) {
      return { ok: false, error: 'the work does not match the tab' };
    }
    return { ok: true, work: { site: id.site, workId: id.workId ?? claim.workId } };
  }
  // Pages opened on request on other sites: another install of the AO3 software, or any page.
  if (page.kind === 'otw') {
    return page.identity?.workId === claim.workId
      ? { ok: true, work: { site: page.site, workId: claim.workId } }
      : { ok: false, error: 'the work does not match the tab' };
  }
  if (claim.site === 'web') {
    return claim.workId === page.identity.workId
      ? { ok: true, work: { site: 'web', workId: claim.workId } }
      : { ok: false, error: 'the page does not match the tab' };
  }
  return { ok: false, error: 'the site does not match the tab' };
}

/** True when two addresses are on the same site: a supported site's hosts, or one origin. */
export function sameSite(a: URL, b: URL): boolean {
  const site = detectSiteUrls(a);
  return site ? site === detectSiteUrls(b) : a.origin === b.origin;
}
