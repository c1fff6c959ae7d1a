import { describe, expect, it } from 'vitest';
import { tabKind } from './tab-kind';

describe('tabKind', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'chrome-extension://abc/popup.html',
    'view-source:https://archiveofourown.org/',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    undefined,
  ])('cannot touch %s', (url) => expect(tabKind(url)).toEqual({ kind: 'restricted' }));

  it('knows a supported site’s work from its address', () => {
    expect(tabKind('https://archiveofourown.org/works/1851/chapters/2')).toEqual({
      kind: 'site',
      site: 'ao3',
      siteName: 'Archive of Our Own',
      work: { site: 'ao3', workId: '1851' },
    });
    expect(tabKind('https://archiveofourown.org/tags/x/works')).toMatchObject({
      kind: 'site',
      site: 'ao3',
    });
    expect(tabKind('https://archiveofourown.org/tags/x/works')).not.toHaveProperty('work');
  });

  it('offers the reader on request elsewhere', () => {
    expect(tabKind('https://example.org/story.html?x=1')).toEqual({
      kind: 'other',
      work: { site: 'web', workId: 'https://example.org/story.html' },
    });
  });
});
