import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSite, identifyUrl, SITES } from './index';
import { hostPermissions } from './match-patterns';

const adapterFiles = readdirSync(join(__dirname, 'adapters')).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
);

describe('the site list', () => {
  it('holds every adapter in lib/sites/adapters, once', () => {
    expect(SITES.map((s) => `${s.id}.ts`).sort()).toEqual(adapterFiles.sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  it('gives every host to exactly one site', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('generates the manifest host permissions from the hosts', () => {
    expect(hostPermissions()).toEqual(SITES.flatMap((s) => s.hosts.map((h) => `*://${h}/*`)));
    expect(hostPermissions()).not.toContain('<all_urls>');
  });
});

describe.each(SITES.map((s) => [s.id, s] as const))('%s URLs', (id, site) => {
  it.each(site.examples.stories.map((u) => [u]))('identifies %s', (url) => {
    expect(detectSite(new URL(url))?.id).toBe(id);
    expect(identifyUrl(new URL(url))).toMatchObject({ site: id });
  });

  it.each(site.examples.others.map((u) => [u]))('does not take %s for a story', (url) => {
    expect(identifyUrl(new URL(url))).toBeNull();
  });

  it("matches none of the other sites' URLs", () => {
    for (const other of SITES.filter((s) => s !== site)) {
      for (const url of [...other.examples.stories, ...other.examples.others]) {
        expect(site.identify(new URL(url)), url).toBeNull();
      }
    }
  });
});
