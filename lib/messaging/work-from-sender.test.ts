import { describe, expect, it } from 'vitest';
import { workFromSender } from './work-from-sender';

describe('workFromSender', () => {
  it.each([
    ['an AO3 chapter URL', 'https://archiveofourown.org/works/5/chapters/6', 'ao3', '5'],
    ['an entire-work URL', 'https://archiveofourown.org/works/5?view_full_work=true', 'ao3', '5'],
    ['an m. FanFiction.Net URL', 'https://m.fanfiction.net/s/77/2/x', 'ffnet', '77'],
    [
      'a Wattpad part (story id from the page)',
      'https://www.wattpad.com/123-a-part',
      'wattpad',
      '42',
    ],
    [
      'another AO3 install',
      'https://otw.example.org/works/9/chapters/1',
      'otw:otw.example.org',
      '9',
    ],
    [
      'any page opened on request',
      'https://example.org/story/1?x=2',
      'web',
      'https://example.org/story/1',
    ],
  ])('accepts %s', (_name, url, site, workId) => {
    expect(workFromSender({ site, workId }, new URL(url))).toEqual({
      ok: true,
      work: { site, workId },
    });
  });

  it.each([
    ['another work', 'https://archiveofourown.org/works/5', 'ao3', '6'],
    ['another site', 'https://archiveofourown.org/works/5', 'ffnet', '5'],
    ['a page that is not a story', 'https://archiveofourown.org/works/5/navigate', 'ao3', '5'],
    ['another page on the web', 'https://example.org/a', 'web', 'https://example.org/b'],
    ['a claimed AO3 work on another host', 'https://example.org/works/5', 'ao3', '5'],
  ])('refuses %s', (_name, url, site, workId) => {
    expect(workFromSender({ site, workId }, new URL(url))).toMatchObject({ ok: false });
  });
});
