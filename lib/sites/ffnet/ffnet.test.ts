import { describe, expect, it } from 'vitest';
import {
  ffnChapterPage,
  ffnChapterPage2012,
  ffnChapterUrl,
  ffnMobileChapterPage,
  ffnNotFoundPage,
  type FfnStorySpec,
} from '../../../tests/pages/ffnet';
import { paras } from '../../../tests/pages/html';
import { mobyDickFfn } from '../../../tests/pages/samples';
import { OWN_TEXT } from '../../../tests/pages/text';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { ffnet } from '../adapters/ffnet';
import { fictionpress } from '../adapters/fictionpress';
import type { Extraction, Story } from '../types';
import { pageTitleOf } from './header';
import { ffnMetaLine, ffnRating, ffnTextDate } from './meta-line';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}
const read = (spec: FfnStorySpec, chapter: number, url = ffnChapterUrl(spec, chapter)) =>
  story(ffnet.extract(parseHtml(ffnChapterPage(spec, chapter)), new URL(url)));

describe('ffnet.extract', () => {
  it('reads a chapter page: header, metadata line, chapter list (printed twice) and buttons', () => {
    const s = read(mobyDickFfn(3), 2);
    expect(s).toMatchObject({
      site: 'ffnet',
      workId: '1851001',
      chapterId: '2',
      view: 'chapter',
      title: 'Moby-Dick',
      authors: [{ name: 'HMelville', url: 'https://www.fanfiction.net/u/1819/HMelville' }],
      fandoms: [{ name: 'Moby Dick', url: 'https://www.fanfiction.net/book/Moby-Dick/' }],
      rating: { name: 'Rated: T (Teen)', url: 'https://www.fictionratings.com/' },
      language: 'en',
      additionalTags: [{ name: 'Adventure' }, { name: 'Drama' }],
      characters: [{ name: 'Ishmael' }, { name: 'Queequeg' }],
      chapterCount: '3',
      status: 'in-progress',
      published: '2002-01-01',
      updated: '2002-02-01',
      canonicalUrl: 'https://www.fanfiction.net/s/1851001/1/Moby-Dick',
      prevUrl: 'https://www.fanfiction.net/s/1851001/1/Moby-Dick',
      nextUrl: 'https://www.fanfiction.net/s/1851001/3/Moby-Dick',
    });
    expect(s.toc.map((t) => [t.chapterId, t.title, t.current ?? false])).toEqual([
      ['1', 'Loomings', false],
      ['2', 'The Carpet-Bag', true],
      ['3', 'The Spouter-Inn', false],
    ]);
    expect(s.chapters[0]).toMatchObject({
      id: '2',
      number: 2,
      title: 'The Carpet-Bag',
      complete: true,
    });
    expect(textOfHtml(s.summary)).toContain('Call me Ishmael');
  });

  it('moves the notes written into the text out of it: A/N and disclaimer above a rule, thanks below', () => {
    const [chapter] = read(mobyDickFfn(3), 1).chapters;
    expect(textOfHtml(chapter?.notesBefore)).toMatch(
      /^A\/N: Thank you all.*Disclaimer: I do not own Moby-Dick\. Herman Melville does\.$/,
    );
    expect(textOfHtml(chapter?.notesAfter)).toMatch(/^Thanks for reading! Please review/);
    // The rules that set the notes off are in neither the notes nor the story.
    expect(`${chapter?.notesBefore}${chapter?.notesAfter}${chapter?.blocks.join('')}`).not.toMatch(
      /___/,
    );
    expect(textOfHtml(chapter?.blocks[0])).toMatch(/^Call me Ishmael/);
    expect(chapter?.blocks.join('')).not.toMatch(/A\/N|Disclaimer|Please review/);
  });

  it('reads a one-chapter story, which has no chapter list', () => {
    const spec: FfnStorySpec = {
      ...mobyDickFfn(1),
      chapters: [{ title: 'Loomings', body: paras(OWN_TEXT.harbour) }],
    };
    const s = read(spec, 1, 'https://www.fanfiction.net/s/1851001/1/');
    expect(s).toMatchObject({ view: 'single', chapterId: '1', toc: [], chapterCount: '1' });
    expect(s.prevUrl).toBeUndefined();
    expect(s.nextUrl).toBeUndefined();
    expect(s.chapters[0]?.blocks).toHaveLength(OWN_TEXT.harbour.length);
  });

  it('reads the mobile site with the same ids', () => {
    const spec = mobyDickFfn(3);
    const url = ffnChapterUrl(spec, 2, true);
    const s = story(ffnet.extract(parseHtml(ffnMobileChapterPage(spec, 2)), new URL(url)));
    expect(s).toMatchObject({
      workId: '1851001',
      chapterId: '2',
      title: 'Moby-Dick',
      authors: [{ name: 'HMelville' }],
      nextUrl: 'https://m.fanfiction.net/s/1851001/3/Moby-Dick',
      prevUrl: 'https://m.fanfiction.net/s/1851001/1/Moby-Dick',
    });
    expect(s.chapters[0]?.blocks).toEqual(read(spec, 2).chapters[0]?.blocks);
  });

  it.each([
    'https://www.fanfiction.net/s/1851001/2/Moby-Dick',
    'https://www.fanfiction.net/s/1851001/2/',
    'https://www.fanfiction.net/s/1851001/2',
    'https://fanfiction.net/s/1851001/2/Moby-Dick#top',
  ])('gives the same work and chapter for %s', (url) => {
    const s = read(mobyDickFfn(3), 2, url);
    expect([s.site, s.workId, s.chapterId]).toEqual(['ffnet', '1851001', '2']);
    expect(ffnet.identify(new URL(url))).toEqual({
      site: 'ffnet',
      workId: '1851001',
      chapterId: '2',
    });
  });

  it('reads FictionPress, the same software on its own site', () => {
    const spec = mobyDickFfn(2, 'fictionpress');
    const url = ffnChapterUrl(spec, 1);
    const s = story(fictionpress.extract(parseHtml(ffnChapterPage(spec, 1)), new URL(url)));
    expect(s).toMatchObject({
      site: 'fictionpress',
      siteName: 'FictionPress',
      canonicalUrl: 'https://www.fictionpress.com/s/1851001/1/Moby-Dick',
    });
  });

  it('drops ads placed inside the text and keeps old <br><br> paragraphs apart', () => {
    const spec: FfnStorySpec = {
      ...mobyDickFfn(1),
      chapters: [
        {
          title: 'One',
          body: 'The tide came in.<br><br>The boats came home.<div class="google-auto-placed"><ins class="adsbygoogle">Ad</ins></div><br><br>The lamp was lit.',
        },
      ],
    };
    expect(read(spec, 1).chapters[0]?.blocks).toEqual([
      '<p>The tide came in.</p>',
      '<p>The boats came home.</p>',
      '<p>The lamp was lit.</p>',
    ]);
  });

  it.each([
    ['first', 1, undefined, 'https://www.fanfiction.net/s/1851001/2/Moby-Dick'],
    [
      'middle',
      2,
      'https://www.fanfiction.net/s/1851001/1/Moby-Dick',
      'https://www.fanfiction.net/s/1851001/3/Moby-Dick',
    ],
    ['last', 3, 'https://www.fanfiction.net/s/1851001/2/Moby-Dick', undefined],
  ])('reads the 2012 layout (table header, "Author:" line): %s chapter', (_name, n, prev, next) => {
    const spec = mobyDickFfn(3);
    const page = ffnChapterPage2012(spec, n);
    expect(page).toMatch(/id='gui_table1i'.*\nAuthor: <a href='\/u\/1819\//s);
    const s = story(ffnet.extract(parseHtml(page), new URL(ffnChapterUrl(spec, n))));
    expect(s).toMatchObject({
      workId: '1851001',
      chapterId: String(n),
      view: 'chapter',
      title: 'Moby-Dick',
      authors: [{ name: 'HMelville', url: 'https://www.fanfiction.net/u/1819/HMelville' }],
      fandoms: [{ name: 'Moby Dick', url: 'https://www.fanfiction.net/book/Moby-Dick/' }],
      rating: { name: 'Rated: T (Teen)' },
      language: 'en',
      chapterCount: '3',
      words: spec.words,
      published: '2002-01-01',
      updated: '2002-02-01',
    });
    expect(s.prevUrl).toBe(prev);
    expect(s.nextUrl).toBe(next);
    expect(textOfHtml(s.summary)).toBe(spec.summary);
    expect(s.toc.map((t) => t.title)).toEqual(spec.chapters.map((c) => c.title));
    expect(s.chapters[0]).toMatchObject({ number: n, title: spec.chapters[n - 1]!.title });
    expect(s.chapters[0]?.blocks).toEqual(read(spec, n).chapters[0]?.blocks);
  });

  it('reads a one-chapter story in the 2012 layout, and its <title> without the site suffix', () => {
    const spec: FfnStorySpec = {
      ...mobyDickFfn(1),
      title: 'Lamps, a Harbour',
      chapters: [{ title: 'Lamps', body: paras(OWN_TEXT.harbour) }],
    };
    const doc = parseHtml(ffnChapterPage2012(spec, 1));
    expect(doc.title).toBe('Lamps, a Harbour, a moby dick fanfic | FanFiction');
    const s = story(ffnet.extract(doc, new URL('https://www.fanfiction.net/s/1851001/1/')));
    expect(s).toMatchObject({ title: 'Lamps, a Harbour', view: 'single', toc: [] });
    expect(s.authors).toEqual([
      { name: 'HMelville', url: 'https://www.fanfiction.net/u/1819/HMelville' },
    ]);
    doc.querySelector('#gui_table1i b')?.remove();
    const fromTitle = story(ffnet.extract(doc, new URL('https://www.fanfiction.net/s/1851001/1/')));
    expect(fromTitle.title).toBe('Lamps, a Harbour');
  });

  it("keeps the author's own chapter numbers and drops the numbers the site's list adds", () => {
    const spec = mobyDickFfn(3);
    spec.chapters = [
      { title: 'Prologue', body: paras(OWN_TEXT.harbour) },
      { title: 'Ch 1: Loomings', body: paras(OWN_TEXT.harbour) },
      { title: '2. The Carpet-Bag', body: paras(OWN_TEXT.harbour) },
    ];
    const s = read(spec, 2);
    expect(ffnChapterPage(spec, 2)).toContain('>2. Ch 1: Loomings<');
    expect(s.toc.map((t) => t.title)).toEqual(['Prologue', 'Ch 1: Loomings', '2. The Carpet-Bag']);
    expect(s.chapters[0]).toMatchObject({ number: 2, title: 'Ch 1: Loomings' });
    expect(read(spec, 3).chapters[0]).toMatchObject({ number: 3, title: '2. The Carpet-Bag' });
  });

  it('takes the title the site cut short in its list from the page title', () => {
    const spec = mobyDickFfn(3);
    const long = 'An Interlude in Which the Lamps Are Lit Along the Whole Harbour Wall';
    spec.chapters[1] = { title: long, body: paras(OWN_TEXT.harbour) };
    expect(ffnChapterPage(spec, 2)).toContain('>2. An Interlude in Which the Lamps Are Lit ...');
    expect(read(spec, 2).chapters[0]?.title).toBe(long);
    expect(read(spec, 2).toc[1]?.title).toBe(long);
    // On another chapter's page only the list knows it.
    expect(read(spec, 1).toc[1]?.title).toBe('An Interlude in Which the Lamps Are Lit ...');
  });

  it('says a missing story is not found', () => {
    expect(
      ffnet.extract(parseHtml(ffnNotFoundPage()), new URL('https://www.fanfiction.net/s/1/1/')),
    ).toMatchObject({
      kind: 'not-story',
      reason: 'not-found',
    });
  });
});

describe('pageTitleOf', () => {
  it.each([
    ['Moby-Dick Ch 1: Loomings, a moby dick fanfic | FanFiction', 'Moby-Dick Ch 1: Loomings'],
    ['Lamps, a Harbour, a moby dick fanfic | FanFiction', 'Lamps, a Harbour'],
    ['Lamps, a law and order, svu fanfic | FanFiction', 'Lamps'],
    ['A Quiet Harbour, a fantasy fiction | FictionPress', 'A Quiet Harbour'],
  ])('reads %j', (title, expected) => {
    expect(pageTitleOf(parseHtml(`<title>${title}</title>`))).toBe(expected);
  });
});

describe('ffnRating', () => {
  it.each([
    ['Fiction K', 'Rated: K (Kids)'],
    ['Fiction  K+', 'Rated: K+ (Older kids)'],
    ['Fiction T', 'Rated: T (Teen)'],
    ['Rated T', 'Rated: T (Teen)'],
    ['Fiction M', 'Rated: M (Mature)'],
    ['Fiction MA', 'Rated: MA (Adult)'],
    ['Fiction Z', 'Rated: Z'],
  ])('names %j', (value, name) => {
    expect(ffnRating(value).name).toBe(name);
  });
});

describe('ffnTextDate', () => {
  it.each([
    ['02-02-12', '2012-02-02'],
    ['11/4/2011', '2011-11-04'],
    ['12-31-99', '1999-12-31'],
    ['13-01-12', undefined],
    ['Nov 4', undefined],
  ])('reads %j', (text, iso) => {
    expect(ffnTextDate(text)).toBe(iso);
  });
});

describe('ffnMetaLine', () => {
  const line = (text: string) =>
    parseHtml(`<span class="xgray">${text}</span>`).querySelector('span');

  it('tells pairings, characters and the Hurt/Comfort genre apart', () => {
    expect(
      ffnMetaLine(
        line(
          'Rated: Fiction K+ - Español - Hurt/Comfort/Romance - [Riku, Sora] Kairi - Words: 1,024 - Status: Complete - id: 9',
        ),
      ),
    ).toMatchObject({
      rating: { name: 'Rated: K+ (Older kids)' },
      language: 'es',
      additionalTags: [{ name: 'Hurt/Comfort' }, { name: 'Romance' }],
      relationships: [{ name: 'Riku/Sora' }],
      characters: [{ name: 'Riku' }, { name: 'Sora' }, { name: 'Kairi' }],
      words: 1024,
      status: 'complete',
    });
  });

  it('copes with a line that has no genre and no characters', () => {
    expect(ffnMetaLine(line('Rated: Fiction T - English - Words: 80 - id: 9'))).toMatchObject({
      language: 'en',
      words: 80,
      status: 'in-progress',
    });
  });
});
