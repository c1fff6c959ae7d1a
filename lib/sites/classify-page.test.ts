import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/parse';
import { classifyPage, type OtwEvidence, type PageClass } from './classify-page';

const OTW_MARKUP =
  '<div id="workskin"><dl class="work meta"></dl><div id="chapters"><p>Text.</p></div></div>';
const otwDoc = () => parseHtml(OTW_MARKUP);
const plainDoc = () => parseHtml('<article><p>Just a page.</p></article>');

/** The parts of the answer a row checks (the known site by its id). */
function summary(page: PageClass) {
  return {
    kind: page.kind,
    site: page.kind === 'known' ? page.site.id : page.site,
    identity: page.identity,
  };
}

describe('classifyPage', () => {
  it.each<[string, string, OtwEvidence, ReturnType<typeof summary>]>([
    [
      'a story on a supported site',
      'https://archiveofourown.org/works/5/chapters/6',
      { doc: plainDoc() },
      { kind: 'known', site: 'ao3', identity: { site: 'ao3', workId: '5', chapterId: '6' } },
    ],
    [
      'a page of a supported site that is no story',
      'https://www.fanfiction.net/book/Harry-Potter/',
      { claimedSite: 'ffnet' },
      { kind: 'known', site: 'ffnet', identity: null },
    ],
    [
      'a supported site whatever its markup says',
      'https://archiveofourown.org/works/5',
      { doc: otwDoc() },
      { kind: 'known', site: 'ao3', identity: { site: 'ao3', workId: '5' } },
    ],
    [
      'another AO3 install, by its markup',
      'https://otw.example.org/works/9/chapters/1',
      { doc: otwDoc() },
      {
        kind: 'otw',
        site: 'otw:otw.example.org',
        identity: { site: 'otw:otw.example.org', workId: '9', chapterId: '1' },
      },
    ],
    [
      'another AO3 install, by the claim of its tab',
      'https://otw.example.org/works/9?view_full_work=true',
      { claimedSite: 'otw:otw.example.org' },
      {
        kind: 'otw',
        site: 'otw:otw.example.org',
        identity: { site: 'otw:otw.example.org', workId: '9', whole: true },
      },
    ],
    [
      'a page of another AO3 install that is no work',
      'https://otw.example.org/users/someone',
      { doc: otwDoc() },
      { kind: 'otw', site: 'otw:otw.example.org', identity: null },
    ],
    [
      'any other page, by its markup',
      'https://example.org/story/1/?x=2#top',
      { doc: plainDoc() },
      {
        kind: 'web',
        site: 'web',
        identity: { site: 'web', workId: 'https://example.org/story/1' },
      },
    ],
    [
      'a claim of another host’s AO3 install',
      'https://example.org/works/9',
      { claimedSite: 'otw:otw.example.org' },
      {
        kind: 'web',
        site: 'web',
        identity: { site: 'web', workId: 'https://example.org/works/9' },
      },
    ],
    [
      'a claim of a supported site on another host',
      'https://example.org/works/9',
      { claimedSite: 'ao3' },
      {
        kind: 'web',
        site: 'web',
        identity: { site: 'web', workId: 'https://example.org/works/9' },
      },
    ],
  ])('classifies %s', (_name, url, evidence, expected) => {
    expect(summary(classifyPage(new URL(url), evidence))).toEqual(expected);
  });

  it('does not read the page of a supported site', () => {
    const untouchable = new Proxy({} as Document, {
      get: () => {
        throw new Error('the page was read');
      },
    });
    const page = classifyPage(new URL('https://www.royalroad.com/fiction/1/x/chapter/2'), {
      doc: untouchable,
    });
    expect(page.kind).toBe('known');
  });
});
