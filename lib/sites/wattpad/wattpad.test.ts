import { describe, expect, it } from 'vitest';
import {
  mobyDickWattpad,
  wattpadNotFoundPage,
  wattpadPages,
  wattpadPartPage,
  wattpadPartUrl,
  wattpadStoryPage,
  wattpadStoryUrl,
  type WattpadPageOptions,
  type WattpadStorySpec,
} from '../../../tests/pages/wattpad';
import { mobyDick } from '../../../tests/pages/text';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { wattpad } from '../adapters/wattpad';
import type { Extraction, Story } from '../types';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}

const read = (
  spec: WattpadStorySpec,
  index: number,
  opts: WattpadPageOptions = {},
  url = wattpadPartUrl(spec, index, opts.page),
) => wattpad.extract(parseHtml(wattpadPartPage(spec, index, opts)), new URL(url));

describe('wattpad.extract', () => {
  it('reads a part page: story from the page, author, part list and navigation', () => {
    const spec = mobyDickWattpad(3);
    const s = story(read(spec, 1));
    expect(s).toMatchObject({
      site: 'wattpad',
      siteName: 'Wattpad',
      workId: '185101',
      chapterId: '918510002',
      view: 'chapter',
      title: 'Moby-Dick; or, The Whale',
      canonicalUrl: 'https://www.wattpad.com/story/185101',
      authors: [{ name: 'hmelville', url: 'https://www.wattpad.com/user/hmelville' }],
      status: 'in-progress',
      chapterCount: '3',
      prevUrl: wattpadPartUrl(spec, 0),
      nextUrl: wattpadPartUrl(spec, 2),
    });
    expect(s.partial).toBeUndefined();
    expect(s.toc.map((t) => [t.chapterId, t.title, t.current ?? false])).toEqual([
      ['918510001', 'Loomings', false],
      ['918510002', 'The Carpet-Bag', true],
      ['918510003', 'The Spouter-Inn', false],
    ]);
    const [chapter] = s.chapters;
    expect(chapter).toMatchObject({ id: '918510002', number: 2, title: 'The Carpet-Bag' });
    expect(chapter?.url).toBe(wattpadPartUrl(spec, 1));
    // Every paragraph once, without the comment counters inside them.
    const source = mobyDick()[1]!.paragraphs;
    expect(chapter?.blocks).toHaveLength(source.length);
    expect(textOfHtml(chapter?.blocks[0])).toBe(source[0]);
    expect(chapter?.blocks.join('')).not.toMatch(/comment-marker|num-comment/);
  });

  it('moves the notes written into the text out of it, and keeps them apart', () => {
    const [chapter] = story(read(mobyDickWattpad(2), 0)).chapters;
    // The rules ("~~~~") that set the notes off are left out of both.
    expect(textOfHtml(chapter?.notesBefore)).toMatch(/^A\/N: Welcome aboard![^~]*$/);
    expect(textOfHtml(chapter?.notesAfter)).toMatch(/^Thanks for reading![^~]*$/);
    expect(textOfHtml(chapter?.blocks[0])).toBe(mobyDick()[0]!.paragraphs[0]);
    expect(chapter?.blocks.join('')).not.toMatch(/Welcome aboard|Thanks for reading/);
  });

  it.each([
    ['where lazily loaded pages meet', 'seams'],
    ['straight after themselves on one page', 'adjacent'],
  ] as const)('keeps the first of paragraphs repeated %s', (_name, duplicate) => {
    const spec = mobyDickWattpad(3);
    const clean = story(read(spec, 2)).chapters[0]!;
    const doubled = story(read(spec, 2, { duplicate })).chapters[0]!;
    expect(wattpadPages(spec, 2).length).toBeGreaterThan(1);
    expect(doubled.blocks).toEqual(clean.blocks);
    expect(doubled.words).toBe(clean.words);
  });

  it.each([
    ['partial when only the first page arrived', { loaded: 1 }, true],
    ['partial when the URL asks for a later page', { page: 2, loaded: 1 }, true],
    ['whole once every page is loaded (the head still links to page 2)', {}, false],
  ] as const)('says the text is %s', (_name, opts, partial) => {
    const spec = mobyDickWattpad(3);
    const s = story(read(spec, 2, opts));
    expect(s.partial ?? false).toBe(partial);
    expect(s.chapterId).toBe('918510003');
  });

  it('waits for the last page before taking notes from the bottom', () => {
    const spec = mobyDickWattpad(1);
    expect(wattpadPages(spec, 0).length).toBe(2);
    const first = story(read(spec, 0, { loaded: 1 }));
    expect(first.partial).toBe(true);
    expect(first.chapters[0]?.notesAfter).toBeUndefined();
    expect(textOfHtml(first.chapters[0]?.notesBefore)).toMatch(/^A\/N/);
  });

  it('says partial from the declared page count alone', () => {
    const spec = mobyDickWattpad(3);
    const html = wattpadPartPage(spec, 2, { loaded: 1 })
      .replace(/<link rel="next"[^>]*>/, '')
      .replace(/<div class="load-more-page">.*?<\/div>/s, '');
    const s = story(wattpad.extract(parseHtml(html), new URL(wattpadPartUrl(spec, 2))));
    expect(s.partial).toBe(true);
  });

  it.each([
    ['the part list and story link, from the metadata script', ['toc', 'storyLink']],
    ['the metadata script, from the story link', ['metadata']],
  ] as const)('finds the story without %s', (_name, without) => {
    const s = story(read(mobyDickWattpad(2), 0, { without }));
    expect([s.workId, s.title]).toEqual(['185101', 'Moby-Dick; or, The Whale']);
    expect(s.authors[0]?.name).toBe('hmelville');
  });

  it('does not take a recommended story for the part’s own', () => {
    const extraction = read(mobyDickWattpad(2), 0, {
      without: ['toc', 'storyLink', 'metadata'],
    });
    expect(extraction).toMatchObject({ kind: 'not-story', reason: 'unknown' });
  });

  it('gives the same story and part whichever URL opened the part', () => {
    const spec = mobyDickWattpad(3);
    const html = wattpadPartPage(spec, 1);
    const part = spec.parts[1]!;
    const urls = [
      `https://www.wattpad.com/${part.id}-${part.slug}`,
      `https://wattpad.com/${part.id}-${part.slug}`,
      `https://www.wattpad.com/${part.id}`,
      `https://www.wattpad.com/${part.id}-${part.slug}/`,
      `https://www.wattpad.com/${part.id}-${part.slug}#comments`,
    ];
    for (const url of urls) {
      const ref = wattpad.identify(new URL(url));
      const s = story(wattpad.extract(parseHtml(html), new URL(url)));
      expect([s.site, s.workId, s.chapterId], url).toEqual(['wattpad', '185101', '918510002']);
      expect(ref?.chapterId, url).toBe(s.chapterId);
    }
  });

  it('leaves the page as it was', () => {
    const doc = parseHtml(wattpadPartPage(mobyDickWattpad(2), 0, { duplicate: 'seams' }));
    const before = doc.documentElement.outerHTML;
    wattpad.extract(doc, new URL(wattpadPartUrl(mobyDickWattpad(2), 0)));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    [
      'the story’s page',
      wattpadStoryPage(mobyDickWattpad(3)),
      wattpadStoryUrl(mobyDickWattpad(3)),
      'index',
    ],
    ['a 404', wattpadNotFoundPage(), 'https://www.wattpad.com/999999999-gone', 'not-found'],
    [
      'a part whose text has not arrived (or is paid for)',
      wattpadPartPage(mobyDickWattpad(2), 0, { loaded: 0 }),
      wattpadPartUrl(mobyDickWattpad(2), 0),
      'unknown',
    ],
    [
      'the home page',
      '<html><body><h1>Home</h1></body></html>',
      'https://www.wattpad.com/home',
      'unknown',
    ],
  ])('says %s is not a story', (_name, html, url, reason) => {
    expect(wattpad.extract(parseHtml(html), new URL(url))).toMatchObject({
      kind: 'not-story',
      reason,
    });
  });

  it('answers instead of throwing when the page misbehaves', () => {
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(wattpad.extract(hostile, new URL(wattpadPartUrl(mobyDickWattpad(1), 0)))).toMatchObject({
      kind: 'not-story',
      reason: 'unknown',
    });
  });
});
