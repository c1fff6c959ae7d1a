import { describe, expect, it } from 'vitest';
import { countWords, paras } from '../../../tests/pages/html';
import {
  mobyDickRoyalRoad,
  royalRoadChapterPage,
  royalRoadChapterUrl,
  royalRoadFictionPage,
  royalRoadFictionUrl,
  royalRoadNotFoundPage,
  type RoyalRoadFictionSpec,
} from '../../../tests/pages/royalroad';
import { mobyDick, OWN_TEXT } from '../../../tests/pages/text';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { royalroad } from '../adapters/royalroad';
import { titleStatesNumber } from '../common/chapter-title';
import type { Extraction, Story } from '../types';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}
const read = (spec: RoyalRoadFictionSpec, index: number, url = royalRoadChapterUrl(spec, index)) =>
  story(royalroad.extract(parseHtml(royalRoadChapterPage(spec, index)), new URL(url)));
const readHtml = (html: string, url: string) => royalroad.extract(parseHtml(html), new URL(url));
const FICTION = 'https://www.royalroad.com/fiction/51851/moby-dick-or-the-whale';
const chapterUrl = (id: number, slug: string) => `${FICTION}/chapter/${id}/${slug}`;

describe('royalroad.extract', () => {
  it('reads a chapter page: fiction, author, chapter title, ids and buttons', () => {
    const s = read(mobyDickRoyalRoad(3), 1);
    expect(s).toMatchObject({
      site: 'royalroad',
      siteName: 'Royal Road',
      workId: '51851',
      chapterId: '2185102',
      view: 'chapter',
      title: 'Moby-Dick; or, The Whale',
      canonicalUrl: FICTION,
      authors: [{ name: 'HMelville', url: 'https://www.royalroad.com/profile/1819' }],
      prevUrl: chapterUrl(2185101, 'chapter-1-loomings'),
      nextUrl: chapterUrl(2185103, 'chapter-3-the-spouter-inn'),
      status: 'unknown',
    });
    expect(s.chapters).toHaveLength(1);
    expect(s.chapters[0]).toMatchObject({
      id: '2185102',
      title: 'Chapter 2: The Carpet-Bag',
      url: chapterUrl(2185102, 'chapter-2-the-carpet-bag'),
      complete: true,
    });
    const source = mobyDick()[1]!.paragraphs;
    expect(s.chapters[0]?.blocks.map(textOfHtml)).toEqual(source);
    expect(s.chapters[0]?.words).toBe(countWords(source.join(' ')));
  });

  it('lists the chapters and numbers this one when the page carries the chapter list', () => {
    const spec = { ...mobyDickRoyalRoad(4), chapterListOnChapterPages: true };
    const s = read(spec, 2);
    expect(s.toc.map((t) => [t.title, t.current ?? false])).toEqual([
      ['Chapter 1: Loomings', false],
      ['Chapter 2: The Carpet-Bag', false],
      ['Chapter 3: The Spouter-Inn', true],
      ['Chapter 4: The Counterpane', false],
    ]);
    expect(s.toc[2]?.url).toBe(royalRoadChapterUrl(spec, 2));
    expect(s.chapterCount).toBe('4');
    // The title and the number agree, so a reader can tell the title already says "Chapter 3".
    expect(s.chapters[0]).toMatchObject({ number: 3, title: 'Chapter 3: The Spouter-Inn' });
    expect(titleStatesNumber(s.chapters[0]?.title, s.chapters[0]?.number)).toBe(true);
  });

  it('claims no chapter count or number it does not know, and keeps the way on', () => {
    const s = read(mobyDickRoyalRoad(4), 1);
    expect(s.toc).toEqual([]);
    expect(s.chapterCount).toBeUndefined();
    expect(s.chapters[0]?.number).toBeUndefined();
    expect(s.prevUrl).toBe(chapterUrl(2185101, 'chapter-1-loomings'));
    expect(s.nextUrl).toBe(chapterUrl(2185103, 'chapter-3-the-spouter-inn'));
  });

  it.each([
    ['the first chapter has no previous chapter', 0, undefined, 'chapter-2-the-carpet-bag'],
    ['a middle chapter has both', 1, 'chapter-1-loomings', 'chapter-3-the-spouter-inn'],
    ['the last chapter has no next chapter', 2, 'chapter-2-the-carpet-bag', undefined],
  ])('follows the buttons: %s', (_name, index, prev, next) => {
    const s = read(mobyDickRoyalRoad(3), index);
    expect(s.prevUrl?.split('/').pop()).toBe(prev);
    expect(s.nextUrl?.split('/').pop()).toBe(next);
  });

  it.each([
    [
      0,
      'Welcome aboard! New chapters go up every Friday.',
      'Thanks for reading chapter 1. Typos? Tell me in the comments.',
    ],
    [1, '', ''],
    [2, '', 'Thanks for reading chapter 3. Typos? Tell me in the comments.'],
  ])('keeps the notes of chapter index %i apart from the text', (index, before, after) => {
    const [chapter] = read(mobyDickRoyalRoad(3), index).chapters;
    expect(textOfHtml(chapter?.notesBefore)).toBe(before);
    expect(textOfHtml(chapter?.notesAfter)).toBe(after);
    expect(chapter?.notesBefore === undefined).toBe(before === '');
    expect(chapter?.notesAfter === undefined).toBe(after === '');
    expect(chapter?.blocks.join('\n')).not.toMatch(/Welcome aboard|Thanks for reading|A note from/);
    expect(textOfHtml(chapter?.blocks[0])).toBe(mobyDick()[index]!.paragraphs[0]);
  });

  it('drops the anti-piracy paragraph the page hides, keeps the rest, and leaves the page alone', () => {
    const spec = mobyDickRoyalRoad(1);
    const doc = parseHtml(royalRoadChapterPage(spec, 0));
    const before = doc.documentElement.outerHTML;
    const s = story(royalroad.extract(doc, new URL(royalRoadChapterUrl(spec, 0))));
    const text = s.chapters[0]!.blocks.map(textOfHtml).join('\n');
    expect(text).not.toContain('A case of theft');
    expect(s.chapters[0]!.blocks.join('')).not.toContain(spec.antiPiracy.className);
    for (const p of mobyDick()[0]!.paragraphs) expect(text).toContain(p);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector(`p.${spec.antiPiracy.className}`)).not.toBeNull();
  });

  it.each(['cdata', 'comment', 'both'] as const)(
    'drops the anti-piracy paragraph when the stylesheet is wrapped in markup (%s)',
    (styleWrapper) => {
      const spec = { ...mobyDickRoyalRoad(1), styleWrapper };
      const html = royalRoadChapterPage(spec, 0);
      expect(html).toMatch(styleWrapper === 'comment' ? /<style><!--/ : /<!\[CDATA\[/);
      const s = story(readHtml(html, royalRoadChapterUrl(spec, 0)));
      const text = s.chapters[0]!.blocks.map(textOfHtml);
      expect(text).not.toContain(spec.antiPiracy.text);
      expect(text).toEqual(mobyDick()[0]!.paragraphs);
    },
  );

  it('keeps a paragraph with a random class when no stylesheet hides it', () => {
    const spec = mobyDickRoyalRoad(1);
    const html = royalRoadChapterPage(spec, 0).replace(/display: none;/, 'color: inherit;');
    const s = story(readHtml(html, royalRoadChapterUrl(spec, 0)));
    expect(s.chapters[0]!.blocks.map(textOfHtml)).toContain(spec.antiPiracy.text);
  });

  it.each([
    ['with both slugs', `${FICTION}/chapter/2185102/chapter-2-the-carpet-bag`],
    ['without the chapter slug', `${FICTION}/chapter/2185102`],
    [
      'on royalroad.com',
      'https://royalroad.com/fiction/51851/moby-dick-or-the-whale/chapter/2185102',
    ],
    ['with a trailing slash', `${FICTION}/chapter/2185102/chapter-2-the-carpet-bag/`],
    ['with a query and a fragment', `${FICTION}/chapter/2185102/x?comments=2#comments`],
  ])('gives the same work and chapter ids %s', (_name, url) => {
    const s = read(mobyDickRoyalRoad(3), 1, url);
    expect([s.site, s.workId, s.chapterId, s.canonicalUrl]).toEqual([
      'royalroad',
      '51851',
      '2185102',
      FICTION,
    ]);
    expect(s.chapters[0]?.url).toBe(chapterUrl(2185102, 'chapter-2-the-carpet-bag'));
    expect(royalroad.identify(new URL(url))).toMatchObject({
      workId: '51851',
      chapterId: '2185102',
    });
  });

  it('falls back to the head and the <title> when the header is not where it was', () => {
    const spec = mobyDickRoyalRoad(2);
    const doc = parseHtml(royalRoadChapterPage(spec, 1));
    doc.querySelector('.fic-header')?.remove();
    const s = story(royalroad.extract(doc, new URL(royalRoadChapterUrl(spec, 1))));
    expect(s).toMatchObject({
      title: 'Moby-Dick; or, The Whale',
      authors: [{ name: 'HMelville' }],
      canonicalUrl: FICTION,
      prevUrl: chapterUrl(2185101, 'chapter-1-loomings'),
    });
    expect(s.chapters[0]?.title).toBe('Chapter 2: The Carpet-Bag');
  });

  it('reads the tags when the chapter page shows them', () => {
    const spec = mobyDickRoyalRoad(1);
    const tags = `<span class="tags"><a href="/fictions/search?tagsAdd=adventure" class="fiction-tag">Adventure</a> <a href="/fictions/search?tagsAdd=historical" class="fiction-tag">Historical</a></span></h3>`;
    const html = royalRoadChapterPage(spec, 0).replace('</h3>', tags);
    const s = story(readHtml(html, royalRoadChapterUrl(spec, 0)));
    expect(s.additionalTags).toEqual([
      { name: 'Adventure', url: 'https://www.royalroad.com/fictions/search?tagsAdd=adventure' },
      { name: 'Historical', url: 'https://www.royalroad.com/fictions/search?tagsAdd=historical' },
    ]);
  });

  it.each([
    ['in .portlet-body.author-note', '<div class="portlet-body author-note">NOTE</div>'],
    ['as the plain portlet body', '<div class="portlet-body">NOTE</div>'],
  ])('reads a note %s', (_name, body) => {
    const spec = mobyDickRoyalRoad(1);
    const box = (n: string) =>
      `<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption"><span class="caption-subject">A note from HMelville</span></div></div>${body.replace('NOTE', n)}</div>`;
    spec.chapters[0] = { ...spec.chapters[0]!, noteBefore: undefined, noteAfter: undefined };
    const html = royalRoadChapterPage(spec, 0)
      .replace(
        '<div class="chapter-inner',
        `${box('<p>Above the text.</p>')}<div class="chapter-inner`,
      )
      .replace('<h6 class="bold', `${box('<p>Below the text.</p>')}<h6 class="bold`);
    const [chapter] = story(readHtml(html, royalRoadChapterUrl(spec, 0))).chapters;
    expect(textOfHtml(chapter?.notesBefore)).toBe('Above the text.');
    expect(textOfHtml(chapter?.notesAfter)).toBe('Below the text.');
  });

  it.each([
    [
      'an old box (text hidden inline until "Show")',
      '<div class="spoiler" data-class="spoiler" data-caption="Spoiler"><div class="smalltext" style="margin-bottom: 2px;"><strong>Status</strong>: <input class="spoilerButton btn btn-default btn-xs" type="button" value="Show"></div><div class="spoilerContent"><div class="spoiler-inner" style="display: none;"><p>HP 10/10</p></div></div></div>',
      'Status',
    ],
    [
      'a new box',
      '<div class="spoiler-new" data-caption="Status"><button class="btn btn-default btn-xs">Show</button><p>HP 10/10</p></div>',
      'Status',
    ],
  ])('opens %s into <details>', (_name, box, caption) => {
    const spec = mobyDickRoyalRoad(1);
    spec.chapters[0] = { ...spec.chapters[0]!, body: `${paras(OWN_TEXT.harbour)}\n${box}` };
    const doc = parseHtml(royalRoadChapterPage(spec, 0));
    const before = doc.documentElement.outerHTML;
    const [chapter] = story(royalroad.extract(doc, new URL(royalRoadChapterUrl(spec, 0)))).chapters;
    const last = chapter?.blocks.at(-1) ?? '';
    expect(last).toMatch(
      new RegExp(`<details><summary>${caption}</summary>.*HP 10/10.*</details>`),
    );
    expect(last).not.toMatch(/Show|display: none/);
    expect(chapter?.blocks).toHaveLength(OWN_TEXT.harbour.length + 1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  const notFound = (title: string) =>
    `<html><head><title>${title} | Royal Road</title></head><body><div class="page-content"><h1>${title}</h1></div></body></html>`;
  it.each([
    ['the fiction page', royalRoadFictionPage(mobyDickRoyalRoad(3)), FICTION, 'index'],
    ['a 404', royalRoadNotFoundPage(), `${FICTION}/chapter/1`, 'not-found'],
    ['a bare "Not Found" page', notFound('Not Found'), `${FICTION}/chapter/1`, 'not-found'],
    ['a deleted chapter ("Forbidden")', notFound('Forbidden'), `${FICTION}/chapter/1`, 'not-found'],
    [
      'a page with no chapter text',
      '<html><head><title>HMelville | Royal Road</title></head><body><div class="profile"></div></body></html>',
      'https://www.royalroad.com/profile/1819',
      'unknown',
    ],
  ])('says %s is not a story', (_name, html, url, reason) => {
    expect(readHtml(html, url)).toMatchObject({ kind: 'not-story', reason });
  });

  it('builds a fiction page whose address is the canonical URL', () => {
    expect(royalRoadFictionUrl(mobyDickRoyalRoad(1))).toBe(FICTION);
  });

  it('answers "not a story" instead of throwing on a broken document', () => {
    const broken = {
      querySelector() {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(royalroad.extract(broken, new URL(`${FICTION}/chapter/1`))).toMatchObject({
      kind: 'not-story',
      reason: 'unknown',
    });
  });
});
