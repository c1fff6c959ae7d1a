import { describe, expect, it } from 'vitest';
import { classifySender, type Sender } from './sender';
import { CONTEXT } from './testing/senders';

const PAGE = 'https://archiveofourown.org/works/1/chapters/2';
const READER = CONTEXT.readerUrl;

describe('classifySender', () => {
  it.each<[string, Sender, string, string?]>([
    ['a content script', { id: 'abc', url: PAGE, tab: { id: 1, url: PAGE } }, 'story-tab', PAGE],
    [
      'a content script, by its tab’s address',
      { id: 'abc', url: 'https://archiveofourown.org/other', tab: { url: PAGE } },
      'story-tab',
      PAGE,
    ],
    [
      'the reader frame, by its tab’s address',
      { id: 'abc', url: READER, tab: { url: PAGE } },
      'reader-frame',
      PAGE,
    ],
    [
      'the reader frame with a query',
      { id: 'abc', url: `${READER}?x=1`, tab: { url: PAGE } },
      'reader-frame',
      PAGE,
    ],
    ['the popup', { id: 'abc', url: `${CONTEXT.extensionOrigin}popup.html` }, 'extension-page'],
    [
      'the library in a tab',
      {
        id: 'abc',
        url: `${CONTEXT.extensionOrigin}library.html`,
        tab: { url: `${CONTEXT.extensionOrigin}library.html` },
      },
      'extension-page',
    ],
  ])('knows %s', (_name, sender, kind, page) => {
    const known = classifySender(sender, CONTEXT);
    expect(known.kind).toBe(kind);
    if (page) expect('pageUrl' in known && known.pageUrl.href).toBe(page);
  });

  it.each<[string, Sender]>([
    ['another extension', { id: 'other', url: PAGE, tab: { url: PAGE } }],
    ['no id at all', { url: PAGE, tab: { url: PAGE } }],
    ['the reader opened as a page of its own', { id: 'abc', url: READER, tab: { url: READER } }],
    ['the reader frame without a tab', { id: 'abc', url: READER }],
    ['a content script outside a tab', { id: 'abc', url: PAGE }],
    [
      'a page that is not http(s)',
      { id: 'abc', url: 'file:///x.html', tab: { url: 'file:///x.html' } },
    ],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, CONTEXT).kind).toBe('refused');
  });
});
