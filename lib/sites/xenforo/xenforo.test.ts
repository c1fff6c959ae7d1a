import { describe, expect, it } from 'vitest';
import { mobyDick } from '../../../tests/pages/text';
import {
  discussionThread,
  mobyDickForum,
  xenforoForumListingPage,
  xenforoForumUrl,
  xenforoNoThreadmarksPage,
  xenforoNotFoundPage,
  xenforoPostPage,
  xenforoPostUrl,
  xenforoReaderPage,
  xenforoReaderUrl,
  xenforoThreadmarksIndexPage,
  xenforoThreadmarksUrl,
  xenforoThreadPage,
  xenforoThreadUrl,
  type XenforoHost,
  type XenforoThreadSpec,
} from '../../../tests/pages/xenforo';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { questionablequesting } from '../adapters/questionablequesting';
import { spacebattles } from '../adapters/spacebattles';
import { sufficientvelocity } from '../adapters/sufficientvelocity';
import type { Extraction, SiteAdapter, Story } from '../types';

const FORUMS: [string, XenforoHost, SiteAdapter][] = [
  ['SpaceBattles', 'forums.spacebattles.com', spacebattles],
  ['Sufficient Velocity', 'forums.sufficientvelocity.com', sufficientvelocity],
  ['Questionable Questing', 'forum.questionablequesting.com', questionablequesting],
];
const SB = spacebattles;

function read(adapter: SiteAdapter, html: string, url: string): Extraction {
  return adapter.extract(parseHtml(html), new URL(url));
}

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.detail}`);
  return extraction.story;
}

/** Moby-Dick with small pages: thread pages of 4 posts (chapters are posts 1, 4, 7...). */
function forum(host: XenforoHost = 'forums.spacebattles.com', count = 3): XenforoThreadSpec {
  return { ...mobyDickForum(host, count), postsPerPage: 4 };
}

const ids = (s: Story) => s.chapters.map((c) => c.id);
const chapterText = (s: Story, i = 0) => textOfHtml(s.chapters[i]?.blocks.join('\n'));

describe.each(FORUMS)('%s', (siteName, host, adapter) => {
  const spec = mobyDickForum(host, 3);
  const thread = `https://${host}/threads/moby-dick-or-the-whale.1851/`;

  it('reads a reader page with three threadmarks as three chapters', () => {
    const s = story(read(adapter, xenforoReaderPage(spec, 1), xenforoReaderUrl(spec, 1)));
    expect(s).toMatchObject({
      site: adapter.id,
      siteName,
      workId: '1851',
      view: 'multi',
      canonicalUrl: thread,
      title: 'Moby-Dick; or, The Whale',
      authors: [{ name: 'HMelville', url: `https://${host}/members/hmelville.1851/` }],
      additionalTags: [{ name: 'whaling' }, { name: 'sea voyages' }, { name: 'obsession' }],
      published: '2024-03-12',
      status: 'unknown',
    });
    expect(s.chapterId).toBeUndefined();
    expect(s.chapters.map((c) => [c.id, c.title, c.url])).toEqual([
      ['18510001', 'Loomings', `${thread}post-18510001`],
      ['18510004', 'The Carpet-Bag', `${thread}post-18510004`],
      ['18510007', 'The Spouter-Inn', `${thread}post-18510007`],
    ]);
    const carpetBag = mobyDick()[1]!;
    expect(s.chapters[1]?.blocks).toHaveLength(carpetBag.paragraphs.length);
    expect(chapterText(s, 1)).toBe(carpetBag.paragraphs.join(' '));
    expect(s.chapters.every((c) => c.complete && c.words > 0)).toBe(true);
  });

  it('gives a thread the same ids on the reader page, the thread page and a post permalink', () => {
    const reader = story(read(adapter, xenforoReaderPage(spec, 1), xenforoReaderUrl(spec, 1)));
    const page = story(read(adapter, xenforoThreadPage(spec, 1), xenforoThreadUrl(spec, 1)));
    const post = story(read(adapter, xenforoPostPage(spec, 2), xenforoPostUrl(spec, 2)));
    expect(ids(page)).toEqual(ids(reader));
    expect(page.chapters.map((c) => c.blocks)).toEqual(reader.chapters.map((c) => c.blocks));
    expect([post.workId, post.chapterId]).toEqual([reader.workId, '18510007']);
    expect(post.chapters[0]?.blocks).toEqual(reader.chapters[2]?.blocks);
    for (const [url, s] of [
      [xenforoReaderUrl(spec, 1), reader],
      [xenforoThreadUrl(spec, 1), page],
      [xenforoPostUrl(spec, 2), post],
    ] as const) {
      const identity = adapter.identify(new URL(url));
      expect(identity?.workId).toBe(s.workId);
      expect(identity?.chapterId).toBe(s.chapterId);
    }
  });
});

describe('the three forums', () => {
  it('give the same work and chapter ids to the same thread', () => {
    const keys = FORUMS.map(([, host, adapter]) => {
      const spec = mobyDickForum(host, 3);
      const s = story(read(adapter, xenforoReaderPage(spec, 1), xenforoReaderUrl(spec, 1)));
      return { site: s.site, key: [s.workId, ...ids(s)] };
    });
    expect(new Set(keys.map((k) => k.site)).size).toBe(3);
    expect(keys.map((k) => k.key)).toEqual(
      Array(3).fill(['1851', '18510001', '18510004', '18510007']),
    );
  });
});

describe('xenforo pages', () => {
  it.each([
    [1, ['18510001', '18510004'], undefined, 'reader/page-2'],
    [2, ['18510007', '18510010'], 'reader/', 'reader/page-3'],
    [3, ['18510013'], 'reader/page-2', undefined],
  ])('pages through the reader: page %i', (page, chapters, prev, next) => {
    const spec = { ...mobyDickForum('forums.sufficientvelocity.com', 5), readerPerPage: 2 };
    const s = story(
      read(sufficientvelocity, xenforoReaderPage(spec, page), xenforoReaderUrl(spec, page)),
    );
    const base = 'https://forums.sufficientvelocity.com/threads/moby-dick-or-the-whale.1851/';
    expect(ids(s)).toEqual(chapters);
    expect(s.prevUrl).toBe(prev && base + prev);
    expect(s.nextUrl).toBe(next && base + next);
  });

  it.each([
    // Page 1: chapters 1 and 2 among comments; the next chapter is on page 2.
    [1, ['18510001', '18510004'], undefined, 'post-18510007'],
    // Page 2: chapter 3, the latest: no way on, and not to the comments on page 3.
    [2, ['18510007'], 'post-18510004', undefined],
  ])('keeps only the threadmarked posts of thread page %i', (page, chapters, prev, next) => {
    const spec = forum();
    const s = story(read(SB, xenforoThreadPage(spec, page), xenforoThreadUrl(spec, page)));
    const base = 'https://forums.spacebattles.com/threads/moby-dick-or-the-whale.1851/';
    expect(s.view).toBe('multi');
    expect(ids(s)).toEqual(chapters);
    expect(s.chapters.map((c) => c.blocks.join(''))).not.toContainEqual(
      expect.stringMatching(/Hooked|Looking forward/),
    );
    expect([s.prevUrl, s.nextUrl]).toEqual([prev && base + prev, next && base + next]);
  });

  it.each([
    ['its permalink', (s: XenforoThreadSpec) => xenforoPostUrl(s, 1)],
    [
      '#post- on its thread page',
      (s: XenforoThreadSpec) => `${xenforoThreadUrl(s, 1)}#post-18510004`,
    ],
  ])('reads a threadmarked post reached by %s as that chapter', (_name, urlOf) => {
    const spec = forum();
    const s = story(read(SB, xenforoPostPage(spec, 1), urlOf(spec)));
    const base = 'https://forums.spacebattles.com/threads/moby-dick-or-the-whale.1851/';
    expect(s).toMatchObject({
      view: 'chapter',
      chapterId: '18510004',
      prevUrl: `${base}post-18510001`,
      nextUrl: `${base}post-18510007`,
    });
    expect(s.chapters.map((c) => c.title)).toEqual(['The Carpet-Bag']);
  });

  it("shows the page's chapters for a comment's permalink", () => {
    const spec = forum();
    const s = story(read(SB, xenforoThreadPage(spec, 1), `${xenforoThreadUrl(spec)}post-18510002`));
    expect([s.view, s.chapterId, ids(s)]).toEqual(['multi', undefined, ['18510001', '18510004']]);
  });

  it('finds the slug in the canonical link when the address has none', () => {
    const spec = forum();
    const s = story(
      read(SB, xenforoThreadPage(spec, 1), 'https://forums.spacebattles.com/threads/1851/'),
    );
    expect(s.canonicalUrl).toBe(
      'https://forums.spacebattles.com/threads/moby-dick-or-the-whale.1851/',
    );
  });

  it.each([
    [
      'a thread without threadmarks',
      () => xenforoNoThreadmarksPage('forums.spacebattles.com'),
      xenforoThreadUrl(discussionThread('forums.spacebattles.com')),
      'unknown',
      /no threadmarks/,
    ],
    [
      'a story thread with its threadmarks gone',
      () => xenforoNoThreadmarksPage(forum()),
      xenforoThreadUrl(forum()),
      'unknown',
      /no threadmarks/,
    ],
    [
      'a thread page of comments only',
      () => xenforoThreadPage(forum(), 3),
      xenforoThreadUrl(forum(), 3),
      'unknown',
      /only comments/,
    ],
    [
      'the threadmarks index',
      () => xenforoThreadmarksIndexPage(forum()),
      xenforoThreadmarksUrl(forum()),
      'index',
      /index/,
    ],
    [
      'the threadmarks index at another address',
      () => xenforoThreadmarksIndexPage(forum()),
      xenforoThreadUrl(forum()),
      'index',
      /index/,
    ],
    [
      'a forum listing',
      () => xenforoForumListingPage(forum()),
      xenforoForumUrl(forum()),
      'listing',
      /list/,
    ],
    [
      'a missing thread',
      () => xenforoNotFoundPage(forum()),
      xenforoThreadUrl(forum()),
      'not-found',
      /could not be found/,
    ],
    [
      'a thread for members only',
      () =>
        xenforoNotFoundPage(forum()).replace(
          'The requested thread could not be found.',
          'You must be logged-in to do that.',
        ),
      xenforoThreadUrl(forum()),
      'login-wall',
      /logged in/,
    ],
  ])('says %s is not a story', (_name, page, url, reason, detail) => {
    const result = read(SB, page(), url);
    expect(result).toMatchObject({ kind: 'not-story', reason });
    expect(result.kind === 'not-story' && result.detail).toMatch(detail);
  });
});
