import { describe, expect, it } from 'vitest';
import {
  ffnChapterPage,
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
import { ffnMetaLine } from './meta-line';

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
      rating: { name: 'T' },
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

  it('says a missing story is not found', () => {
    expect(
      ffnet.extract(parseHtml(ffnNotFoundPage()), new URL('https://www.fanfiction.net/s/1/1/')),
    ).toMatchObject({
      kind: 'not-story',
      reason: 'not-found',
    });
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
      rating: { name: 'K+' },
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
