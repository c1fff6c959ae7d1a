import { describe, expect, it } from 'vitest';
import {
  fimfictionChapterPage,
  fimfictionChapterUrl,
  fimfictionMaturePage,
  fimfictionNotFoundPage,
  fimfictionStoryPage,
  fimfictionStoryUrl,
  mobyDickFimfiction,
  type FimfictionStorySpec,
} from '../../../tests/pages/fimfiction';
import { mobyDick } from '../../../tests/pages/text';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { fimfiction } from '../adapters/fimfiction';
import type { Extraction, Story } from '../types';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}

const readHtml = (html: string, url: string) =>
  story(fimfiction.extract(parseHtml(html), new URL(url)));
const read = (
  spec: FimfictionStorySpec,
  chapter: number,
  url = fimfictionChapterUrl(spec, chapter),
) => readHtml(fimfictionChapterPage(spec, chapter), url);

describe('fimfiction.extract', () => {
  it('reads a chapter page: story, author, rating, tags, chapter list and navigation', () => {
    const spec = mobyDickFimfiction(3);
    const s = read(spec, 2);
    expect(s).toMatchObject({
      site: 'fimfiction',
      siteName: 'Fimfiction',
      workId: '185151',
      chapterId: '2',
      view: 'chapter',
      title: 'Moby-Dick',
      canonicalUrl: 'https://www.fimfiction.net/story/185151/moby-dick',
      authors: [
        { name: 'Herman Melville', url: 'https://www.fimfiction.net/user/1819/Herman%20Melville' },
      ],
      rating: { name: 'Teen' },
      fandoms: [{ name: 'Moby-Dick' }],
      characters: [{ name: 'Ishmael' }, { name: 'Queequeg' }],
      warnings: [{ name: 'Violence' }],
      additionalTags: [{ name: 'Adventure' }, { name: 'Sea Voyages' }],
      chapterCount: '3',
      prevUrl: fimfictionChapterUrl(spec, 1),
      nextUrl: fimfictionChapterUrl(spec, 3),
    });
    expect(s.toc.map((t) => [t.chapterId, t.title, t.current ?? false])).toEqual([
      ['1', 'Loomings', false],
      ['2', 'The Carpet-Bag', true],
      ['3', 'The Spouter-Inn', false],
    ]);
    const [chapter] = s.chapters;
    expect(chapter).toMatchObject({ id: '2', number: 2, title: 'The Carpet-Bag', complete: true });
    expect(chapter?.url).toBe(fimfictionChapterUrl(spec, 2));
    expect(chapter?.blocks.map(textOfHtml)).toEqual(mobyDick()[1]!.paragraphs);
  });

  it.each([
    ['above the text on the first chapter', 1, 'notesBefore', 'First of many!'],
    ['below the text on later chapters', 2, 'notesAfter', 'Chapter 2 done.'],
  ] as const)('keeps the author’s note %s apart from it', (_name, chapter, field, start) => {
    const c = read(mobyDickFimfiction(3), chapter).chapters[0]!;
    expect(textOfHtml(c[field])).toMatch(new RegExp(`^${start}`));
    expect(textOfHtml(c[field])).not.toMatch(/Author's Note/);
    expect(c[field === 'notesBefore' ? 'notesAfter' : 'notesBefore']).toBeUndefined();
    expect(c.blocks.join('')).not.toMatch(/authors-note|First of many|done\. Thank you/);
  });

  it('has no previous chapter on the first, no next on the last', () => {
    const spec = mobyDickFimfiction(2);
    expect(read(spec, 1).prevUrl).toBeUndefined();
    expect(read(spec, 2).nextUrl).toBeUndefined();
  });

  it('finds the neighbours from the page’s buttons when it has no chapter list', () => {
    const spec = mobyDickFimfiction(3);
    const html = fimfictionChapterPage(spec, 2).replace(/<ul class="chapters">.*?<\/ul>/s, '');
    const s = readHtml(html, fimfictionChapterUrl(spec, 2));
    expect(s.toc).toEqual([]);
    expect([s.prevUrl, s.nextUrl]).toEqual([
      fimfictionChapterUrl(spec, 1),
      fimfictionChapterUrl(spec, 3),
    ]);
  });

  it.each([
    ['a text box without an id', (body: Element) => body.removeAttribute('id')],
    ['the paragraphs straight inside it', (body: Element) => body.replaceWith(...body.childNodes)],
  ])('reads the text from div#chapter when it holds %s (WebToEpub’s view)', (_name, change) => {
    const spec = mobyDickFimfiction(3);
    const doc = parseHtml(fimfictionChapterPage(spec, 2));
    const body = doc.querySelector('#chapter-body')!;
    body.classList.remove('chapter-body');
    change(body);
    const c = story(fimfiction.extract(doc, new URL(fimfictionChapterUrl(spec, 2)))).chapters[0]!;
    expect(c.title).toBe('The Carpet-Bag');
    expect(c.blocks.map(textOfHtml)).toEqual(mobyDick()[1]!.paragraphs);
    expect(textOfHtml(c.notesAfter)).toMatch(/^Chapter 2 done/);
  });

  it('falls back to the head for the story title without a.story_name', () => {
    const spec = mobyDickFimfiction(2);
    const html = fimfictionChapterPage(spec, 1)
      .replace(/<a class="story_name"[^>]*>.*?<\/a>/, '')
      .replace(/<meta property="og:title"[^>]*>/, '');
    expect(readHtml(html, fimfictionChapterUrl(spec, 1)).title).toBe('Moby-Dick');
  });

  it('gives the same story and chapter whichever URL opened the chapter', () => {
    const spec = mobyDickFimfiction(3);
    const html = fimfictionChapterPage(spec, 3);
    const urls = [
      fimfictionChapterUrl(spec, 3),
      'https://www.fimfiction.net/story/185151/3/moby-dick',
      'https://www.fimfiction.net/story/185151/3/',
      'https://fimfiction.net/story/185151/3',
      'https://www.fimfiction.net/story/185151/3/moby-dick/the-spouter-inn#comment_list',
    ];
    for (const url of urls) {
      const s = readHtml(html, url);
      expect([s.site, s.workId, s.chapterId], url).toEqual(['fimfiction', '185151', '3']);
      expect(fimfiction.identify(new URL(url)), url).toMatchObject({
        workId: s.workId,
        chapterId: s.chapterId,
      });
      expect(s.chapters[0]?.url, url).toBe(fimfictionChapterUrl(spec, 3));
    }
  });

  it('leaves the page as it was', () => {
    const doc = parseHtml(fimfictionChapterPage(mobyDickFimfiction(2), 1));
    const before = doc.documentElement.outerHTML;
    fimfiction.extract(doc, new URL(fimfictionChapterUrl(mobyDickFimfiction(2), 1)));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    [
      'the story’s page',
      fimfictionStoryPage(mobyDickFimfiction(3)),
      fimfictionStoryUrl(mobyDickFimfiction(3)),
      'index',
    ],
    [
      'a chapter’s address showing no chapter',
      fimfictionStoryPage(mobyDickFimfiction(3)),
      fimfictionChapterUrl(mobyDickFimfiction(3), 2),
      'unknown',
    ],
    [
      'a 404',
      fimfictionNotFoundPage(),
      'https://www.fimfiction.net/story/999999/1/gone',
      'not-found',
    ],
    [
      'the mature-content question',
      fimfictionMaturePage(mobyDickFimfiction(1)),
      fimfictionChapterUrl(mobyDickFimfiction(1), 1),
      'adult-gate',
    ],
    [
      'the front page',
      '<html><body><h1>Fimfiction</h1></body></html>',
      'https://www.fimfiction.net/',
      'unknown',
    ],
  ])('says %s is not a story', (_name, html, url, reason) => {
    expect(fimfiction.extract(parseHtml(html), new URL(url))).toMatchObject({
      kind: 'not-story',
      reason,
    });
  });
});
