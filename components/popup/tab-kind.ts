import { webWorkId } from '@/lib/sites/common/url';
import { detectSiteUrls } from '@/lib/sites/site-urls';
import type { KnownSiteId } from '@/lib/sites/types';

/** What the popup can do with the tab it was opened on, from its address alone. */
export type TabKind =
  /** Browser pages, the extension stores: no extension may run there. */
  | { kind: 'restricted' }
  /** A supported archive: `work` when the URL names a work. */
  | {
      kind: 'site';
      site: KnownSiteId;
      siteName: string;
      work?: { site: KnownSiteId; workId: string };
    }
  /** Any other web page: the reader can try on request; `work` is the page as a web work. */
  | { kind: 'other'; work: { site: 'web'; workId: string } };

/** The stores' hosts: browsers refuse every extension there. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Classifies the popup's tab (undefined address: a page the popup may not see, or none). */
export function tabKind(address: string | undefined): TabKind {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return { kind: 'restricted' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'restricted' };
  if (STORE_PAGES.some((p) => p.test(url.href))) return { kind: 'restricted' };
  const site = detectSiteUrls(url);
  if (!site) return { kind: 'other', work: { site: 'web', workId: webWorkId(url) } };
  const identity = site.identify(url);
  const work = identity?.workId ? { site: site.id, workId: identity.workId } : undefined;
  return { kind: 'site', site: site.id, siteName: site.name, ...(work ? { work } : {}) };
}
