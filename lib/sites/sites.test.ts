import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectSite } from './all-adapters';
import { detectSiteUrls, hostPermissions, identifyUrl, isSiteId, SITE_URLS } from './site-urls';

/** Site ids from a folder's file names (the file name is the site id). */
const idsIn = (folder: string) =>
  readdirSync(join(__dirname, folder))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();

/** True when a match pattern of the form `*://host/*` covers a URL (`*` is http or https). */
const permits = (pattern: string, url: URL) =>
  /^https?:$/.test(url.protocol) && pattern === `*://${url.hostname}/*`;

describe('the site list', () => {
  it('describes every site of lib/sites/urls, once', () => {
    expect(SITE_URLS.map((s) => s.id).sort()).toEqual(idsIn('urls'));
    expect(new Set(SITE_URLS.map((s) => s.id)).size).toBe(SITE_URLS.length);
  });

  it('has the adapter of lib/sites/adapters for every site, carrying its description', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(idsIn('adapters'));
    for (const site of SITE_URLS) {
      const { extract, ...urls } = ADAPTERS[site.id];
      expect(typeof extract).toBe('function');
      expect(urls, site.id).toEqual(site);
    }
  });

  it('gives every host to exactly one site', () => {
    const hosts = SITE_URLS.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('generates the manifest host permissions: the supported archives and nothing else', () => {
    expect(hostPermissions()).toEqual([
      '*://archiveofourown.org/*',
      '*://www.archiveofourown.org/*',
      '*://www.fanfiction.net/*',
      '*://m.fanfiction.net/*',
      '*://fanfiction.net/*',
      '*://www.fictionpress.com/*',
      '*://m.fictionpress.com/*',
      '*://fictionpress.com/*',
      '*://www.royalroad.com/*',
      '*://royalroad.com/*',
      '*://forums.spacebattles.com/*',
      '*://forums.sufficientvelocity.com/*',
      '*://forum.questionablequesting.com/*',
      '*://questionablequesting.com/*',
      '*://www.wattpad.com/*',
      '*://wattpad.com/*',
      '*://www.fimfiction.net/*',
      '*://fimfiction.net/*',
      '*://www.scribblehub.com/*',
      '*://scribblehub.com/*',
    ]);
  });

  it('permits every example URL of every site', () => {
    const patterns = hostPermissions();
    for (const site of SITE_URLS) {
      for (const url of [...site.examples.stories, ...site.examples.others]) {
        expect(
          patterns.some((p) => permits(p, new URL(url))),
          url,
        ).toBe(true);
      }
    }
  });

  it.each([
    ['ao3', true],
    ['scribblehub', true],
    ['otw:superlove.sayitditto.net', true],
    ['web', true],
    ['toString', false],
    ['otw:', false],
    ['AO3', false],
    ['livejournal', false],
  ])('isSiteId(%s) is %s', (value, expected) => {
    expect(isSiteId(value)).toBe(expected);
  });
});

describe.each(SITE_URLS.map((s) => [s.id, s] as const))('%s URLs', (id, site) => {
  it.each(site.examples.stories.map((u) => [u]))('identifies %s', (url) => {
    expect(detectSiteUrls(new URL(url))?.id).toBe(id);
    expect(detectSite(new URL(url))?.id).toBe(id);
    expect(identifyUrl(new URL(url))).toMatchObject({ site: id });
  });

  it.each(site.examples.others.map((u) => [u]))('does not take %s for a story', (url) => {
    expect(identifyUrl(new URL(url))).toBeNull();
  });

  it("matches none of the other sites' URLs", () => {
    for (const other of SITE_URLS.filter((s) => s !== site)) {
      for (const url of [...other.examples.stories, ...other.examples.others]) {
        expect(site.identify(new URL(url)), url).toBeNull();
      }
    }
  });
});
