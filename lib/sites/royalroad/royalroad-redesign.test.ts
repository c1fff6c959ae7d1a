import { describe, expect, it } from 'vitest';
import { paras } from '../../../tests/pages/html';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { royalroad } from '../adapters/royalroad';
import type { Extraction, Story } from '../types';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}
const readHtml = (html: string, url: string) => royalroad.extract(parseHtml(html), new URL(url));
const FICTION = 'https://www.royalroad.com/fiction/51851/moby-dick-or-the-whale';
const chapterUrl = (id: number, slug: string) => `${FICTION}/chapter/${id}/${slug}`;

describe('royalroad.extract: the 2026 redesign', () => {
  // The redesign's chapter page as RoyalRefresh's redesign adapter and WebToEpub's reports
  // describe it: a hero header (#chapterHeroData, chapter title in h3, fiction title in h4 inside
  // a link to the fiction), Tailwind-styled Previous / Next links with arrow icons, and a chapter
  // dropdown (#chapterSelect). Our own text.
  const redesigned = (options: { select: string }) => `<!doctype html><html><head>
    <title>The Carpet-Bag - Moby-Dick; or, The Whale | Royal Road</title></head><body>
    <div id="chapterHeroData" class="flex flex-col">
      <a href="/fiction/51851/moby-dick-or-the-whale"><h4 class="text-lg">Moby-Dick; or, The Whale</h4></a>
      <h3 class="text-2xl">The Carpet-Bag</h3>
      <span>by <a href="/profile/1819" class="font-bold">HMelville</a></span>
    </div>
    <div class="chapter">
      <div class="grid grid-cols-2 gap-2">
        <a class="inline-flex px-4" href="/fiction/51851/moby-dick-or-the-whale/chapter/2185101/loomings"><i class="fa-solid fa-arrow-left"></i></a>
        ${options.select}
        <a class="inline-flex px-4" href="/fiction/51851/moby-dick-or-the-whale/chapter/2185103/the-spouter-inn"><i class="fa-solid fa-arrow-right"></i></a>
      </div>
      <div class="chapter-inner chapter-content">${paras(['I stuffed a shirt or two into my old carpet-bag.', 'It was a Saturday night in December.'])}
        <p>The lamp <a href="/fiction/51851/x/chapter/2185103/y"><i class="fa-solid fa-arrow-right"></i> next</a> burned.</p>
      </div>
    </div></body></html>`;
  const URL2 = chapterUrl(2185102, 'the-carpet-bag');

  it('reads the hero header, the arrow links and a dropdown of chapter ids', () => {
    const select = `<select id="chapterSelect"><option value="2185101">Loomings</option>
      <option value="2185102" selected>The Carpet-Bag</option><option value="2185103">The Spouter-Inn</option></select>`;
    const s = story(readHtml(redesigned({ select }), URL2));
    expect(s).toMatchObject({
      title: 'Moby-Dick; or, The Whale',
      authors: [{ name: 'HMelville', url: 'https://www.royalroad.com/profile/1819' }],
      prevUrl: chapterUrl(2185101, 'loomings'),
      nextUrl: chapterUrl(2185103, 'the-spouter-inn'),
      chapterCount: '3',
    });
    expect(s.chapters[0]).toMatchObject({ title: 'The Carpet-Bag', number: 2 });
    expect(s.toc.map((e) => [e.chapterId, e.current ?? false])).toEqual([
      ['2185101', false],
      ['2185102', true],
      ['2185103', false],
    ]);
  });

  it('never takes bare numbers of any other select for chapters', () => {
    const select = `<select id="fontSize"><option value="14">14</option><option value="16">16</option></select>`;
    const s = story(readHtml(redesigned({ select }), URL2));
    expect(s.toc).toEqual([]);
    expect(s.chapterCount).toBeUndefined();
  });

  it('knows the fiction page by its address when it has no chapter table', () => {
    const page =
      '<!doctype html><html><head><title>Moby-Dick | Royal Road</title></head><body><h1>Moby-Dick</h1></body></html>';
    expect(readHtml(page, FICTION)).toMatchObject({ kind: 'not-story', reason: 'index' });
  });

  it('recognises the short chapter address that names the fiction in its query', () => {
    expect(
      royalroad.identify(
        new URL('https://www.royalroad.com/fiction/chapter/2185102?fid=51851&fslug=moby'),
      ),
    ).toEqual({ site: 'royalroad', workId: '51851', chapterId: '2185102' });
    expect(
      royalroad.identify(new URL('https://www.royalroad.com/fiction/chapter/2185102')),
    ).toBeNull();
  });

  it('opens an old spoiler whose text hides in a div inside .spoilerContent', () => {
    const body = `<div class="spoiler"><div class="smalltext"><strong>Spoiler</strong>: <input type="button" value="Show"></div>
      <div class="spoilerContent"><div style="display:none"><p>The whale wins.</p></div></div></div>`;
    const html = redesigned({ select: '' }).replace(
      '<div class="chapter-inner chapter-content">',
      `<div class="chapter-inner chapter-content">${body}`,
    );
    const [first] = story(readHtml(html, URL2)).chapters[0]!.blocks;
    expect(textOfHtml(first!)).toContain('The whale wins.');
    expect(first).toContain('<details>');
  });
});
