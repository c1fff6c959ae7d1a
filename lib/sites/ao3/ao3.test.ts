import { describe, expect, it } from 'vitest';
import {
  anonymousWork,
  chatFicWork,
  coauthoredWork,
  illustratedWork,
  notedWork,
  orphanedWork,
} from '../../../tests/pages/ao3/cases';
import {
  ao3AdultGatePage,
  ao3ListingPage,
  ao3LoginWallPage,
  ao3NavigatePage,
  ao3NotFoundPage,
  ao3SeriesPage,
} from '../../../tests/pages/ao3/other-pages';
import {
  ao3WorkPage,
  ao3WorkUrl,
  type Ao3View,
  type Ao3WorkSpec,
} from '../../../tests/pages/ao3/work-page';
import { lighthouseWork, mobyDickWork } from '../../../tests/pages/samples';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { ao3 } from '../adapters/ao3';
import { extractPage } from '../extract-page';
import type { Extraction, Story } from '../types';

function read(spec: Ao3WorkSpec, view: Ao3View, url = ao3WorkUrl(spec, view)): Extraction {
  return ao3.extract(parseHtml(ao3WorkPage(spec, view)), new URL(url));
}

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}

describe('ao3.extract', () => {
  it('reads a one-shot (no div.chapter)', () => {
    const s = story(read(lighthouseWork(), { kind: 'single' }));
    expect(s).toMatchObject({
      site: 'ao3',
      workId: '900001',
      chapterId: '1',
      view: 'single',
      title: 'The Lighthouse Keeper',
      canonicalUrl: 'https://archiveofourown.org/works/900001',
      authors: [
        {
          name: 'quietharbour',
          url: 'https://archiveofourown.org/users/quietharbour/pseuds/quietharbour',
        },
      ],
      rating: { name: 'General Audiences' },
      fandoms: [{ name: 'Original Work' }],
      characters: [{ name: 'Lighthouse Keeper' }, { name: 'Her Brother' }],
      additionalTags: [{ name: 'Sea' }, { name: 'Waiting' }, { name: 'Found Family' }],
      status: 'complete',
      chapterCount: '1/1',
      language: 'en',
      published: '2024-03-12',
    });
    expect(textOfHtml(s.summary)).toBe('Seven boats went out. The keeper counts them home.');
    expect(textOfHtml(s.notes)).toBe('Written for a prompt about lamps.');
    const [chapter] = s.chapters;
    expect(chapter?.blocks).toHaveLength(9);
    expect(chapter?.blocks[5]).toBe('<hr>');
    expect(chapter?.words).toBe(s.words);
    expect(chapter?.blocks.join('')).not.toContain('Work Text');
  });

  it('reads a chapter page with its navigation, chapter list, summary and series', () => {
    const work = mobyDickWork(3);
    const s = story(read(work, { kind: 'chapter', index: 1 }));
    expect(s).toMatchObject({
      view: 'chapter',
      chapterId: '1851002',
      status: 'in-progress',
      chapterCount: '3/?',
      series: [
        { title: 'Tales of the Sea', part: 1, url: 'https://archiveofourown.org/series/18510' },
      ],
      prevUrl: 'https://archiveofourown.org/works/1851/chapters/1851001#workskin',
      nextUrl: 'https://archiveofourown.org/works/1851/chapters/1851003#workskin',
    });
    expect(s.chapters).toHaveLength(1);
    expect(s.chapters[0]).toMatchObject({
      id: '1851002',
      number: 2,
      title: 'The Carpet-Bag',
      complete: true,
    });
    expect(textOfHtml(s.chapters[0]?.summary)).toBe('Ishmael sets out for Nantucket.');
    expect(s.toc.map((t) => [t.chapterId, t.title, t.current ?? false])).toEqual([
      ['1851001', 'Loomings', false],
      ['1851002', 'The Carpet-Bag', true],
      ['1851003', 'The Spouter-Inn', false],
    ]);
    // Work summary and notes show only on the first chapter.
    expect(s.summary).toBeUndefined();
  });

  it('keeps the same work and chapter keys whichever URL opened the chapter', () => {
    const work = mobyDickWork(3);
    const first = { kind: 'chapter', index: 0 } as const;
    const viaChapterUrl = story(read(work, first));
    const viaWorkUrl = story(read(work, first, 'https://archiveofourown.org/works/1851/'));
    const viaFragment = story(
      read(work, first, 'https://archiveofourown.org/works/1851/chapters/1851001#workskin'),
    );
    const entire = story(read(work, { kind: 'entire' }));
    for (const s of [viaWorkUrl, viaFragment]) {
      expect([s.site, s.workId, s.chapterId]).toEqual([
        viaChapterUrl.site,
        viaChapterUrl.workId,
        viaChapterUrl.chapterId,
      ]);
    }
    expect(entire.workId).toBe(viaChapterUrl.workId);
    expect(entire.chapters[0]?.id).toBe(viaChapterUrl.chapterId);
    expect(entire.chapters[0]?.blocks).toEqual(viaChapterUrl.chapters[0]?.blocks);
  });

  it('reads an entire work: every chapter, its notes, the end notes, no current chapter', () => {
    const work = mobyDickWork(4);
    const s = story(read(work, { kind: 'entire' }));
    expect(s.view).toBe('entire');
    expect(s.chapterId).toBeUndefined();
    expect(s.chapters.map((c) => [c.id, c.number, c.title])).toEqual([
      ['1851001', 1, 'Loomings'],
      ['1851002', 2, 'The Carpet-Bag'],
      ['1851003', 3, 'The Spouter-Inn'],
      ['1851004', 4, 'The Counterpane'],
    ]);
    // Ids like #notes repeat in every chapter: each chapter keeps its own.
    expect(s.chapters.map((c) => textOfHtml(c.notesBefore))).toEqual([
      'Chapter 1 of the novel.',
      '',
      'Chapter 3 of the novel.',
      '',
    ]);
    expect(textOfHtml(s.chapters[0]?.notesAfter)).toBe('The voyage begins next chapter.');
    expect(textOfHtml(s.endNotes)).toBe('Thank you for reading all the way to the end.');
    expect(s.toc).toHaveLength(4);
    expect(s.prevUrl).toBeUndefined();
  });

  it('keeps notes and end notes apart from the text on every chapter', () => {
    const s = story(read(notedWork(), { kind: 'entire' }));
    s.chapters.forEach((c, i) => {
      expect(textOfHtml(c.notesAfter)).toBe(`End notes for chapter ${i + 1}.`);
      expect(c.blocks.join('')).not.toMatch(/End notes|Notes for chapter|CW:/);
    });
    expect(textOfHtml(s.chapters[0]?.notesBefore)).toBe('CW: a storm, and an injury at sea.');
  });

  it.each([
    ['an anonymous work', anonymousWork(), [{ name: 'Anonymous' }]],
    [
      'an orphaned work',
      orphanedWork(),
      [{ name: 'Fairweather (orphan_account)' }, { name: 'orphan_account' }],
    ],
    [
      'two creators, one under a pseud',
      coauthoredWork(),
      [{ name: 'quietharbour' }, { name: 'Tern (seabirds)' }],
    ],
  ])('reads the creators of %s', (_name, work, authors) => {
    const view: Ao3View =
      work.chapters.length === 1 ? { kind: 'single' } : { kind: 'chapter', index: 0 };
    const s = story(read(work, view));
    expect(s.authors.map(({ name }) => ({ name }))).toEqual(authors);
  });

  it('keeps a chat-fic’s work-skin classes and skin, and drops what the skin hides', () => {
    const s = story(read(chatFicWork(), { kind: 'single' }));
    const html = s.chapters[0]!.blocks.join('\n');
    expect(html).toContain('class="phone"');
    expect(html).toContain('class="breply"');
    expect(html).not.toContain('Sent:');
    expect(s.workSkin).toContain('#workskin .breply');
  });

  it('keeps images, centred dividers and <hr> scene breaks', () => {
    const blocks = story(read(illustratedWork(), { kind: 'single' })).chapters[0]!.blocks;
    expect(blocks).toContain(
      '<p><img src="https://example.org/images/harbour-map.png" alt="A hand-drawn map of the harbour"></p>',
    );
    expect(blocks).toContain('<p align="center">~ ~ ~</p>');
    expect(blocks).toContain('<hr>');
  });

  it.each([2015, 2023, 2025] as const)(
    'recognises the %s adult-content gate on work and chapter URLs',
    (version) => {
      const work = mobyDickWork(2);
      const onWork = ao3.extract(
        parseHtml(ao3AdultGatePage(work, version)),
        new URL('https://archiveofourown.org/works/1851'),
      );
      const onChapter = ao3.extract(
        parseHtml(ao3AdultGatePage(work, version, 1851002)),
        new URL('https://archiveofourown.org/works/1851/chapters/1851002'),
      );
      expect(onWork).toMatchObject({ kind: 'not-story', reason: 'adult-gate' });
      expect(onChapter).toMatchObject({ kind: 'not-story', reason: 'adult-gate' });
    },
  );

  it.each([
    [
      'the login wall of a restricted work',
      ao3LoginWallPage(1851),
      'https://archiveofourown.org/works/1851',
      'login-wall',
    ],
    ['a 404', ao3NotFoundPage(), 'https://archiveofourown.org/works/404404', 'not-found'],
    [
      'the chapter index',
      ao3NavigatePage(mobyDickWork(3)),
      'https://archiveofourown.org/works/1851/navigate',
      'index',
    ],
    [
      'a series',
      ao3SeriesPage(18510, 'Tales of the Sea', [mobyDickWork(1)]),
      'https://archiveofourown.org/series/18510',
      'index',
    ],
    [
      'a listing',
      ao3ListingPage('Whaling', [mobyDickWork(1), lighthouseWork()]),
      'https://archiveofourown.org/tags/Whaling/works',
      'listing',
    ],
  ])('says %s is not a story', (_name, html, url, reason) => {
    expect(ao3.extract(parseHtml(html), new URL(url))).toMatchObject({ kind: 'not-story', reason });
  });
});

describe('other installs of the AO3 software', () => {
  it('reads them by their markup, under their own site id and name', () => {
    const work = lighthouseWork();
    const html = ao3WorkPage(work, { kind: 'single' }).replace(
      /\[Archive of Our Own\]/g,
      '[Lighthouse Archive]',
    );
    const s = story(extractPage(parseHtml(html), new URL('https://fics.example.org/works/900001')));
    expect(s).toMatchObject({
      site: 'otw:fics.example.org',
      siteName: 'Lighthouse Archive',
      workId: '900001',
    });
  });
});
