import { describe, expect, it } from 'vitest';
import {
  mobyDickScribbleHub,
  scribbleHubChapterPage,
  scribbleHubChapterUrl,
  scribbleHubNotFoundPage,
  scribbleHubSeriesPage,
  scribbleHubSeriesUrl,
  shAuthorNote,
  shNews,
  type ScribbleHubPageOptions,
  type ScribbleHubSeriesSpec,
} from '../../../tests/pages/scribblehub';
import { paras } from '../../../tests/pages/html';
import { mobyDick, OWN_TEXT } from '../../../tests/pages/text';
import { parseHtml, textOfHtml } from '../../../tests/support/parse';
import { scribblehub } from '../adapters/scribblehub';
import type { Extraction, Story } from '../types';

function story(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}

const read = (
  spec: ScribbleHubSeriesSpec,
  index: number,
  opts: ScribbleHubPageOptions = {},
  url = scribbleHubChapterUrl(spec, index),
) => story(scribblehub.extract(parseHtml(scribbleHubChapterPage(spec, index, opts)), new URL(url)));

/** A one-chapter series whose text is `body`. */
const withBody = (body: string): ScribbleHubSeriesSpec => ({
  ...mobyDickScribbleHub(1),
  chapters: [{ id: 2000001, title: 'The Harbour', body }],
});

describe('scribblehub.extract', () => {
  it('reads a chapter page: series, author, navigation buttons', () => {
    const spec = mobyDickScribbleHub(3);
    const s = read(spec, 1);
    expect(s).toMatchObject({
      site: 'scribblehub',
      siteName: 'Scribble Hub',
      workId: '185190',
      chapterId: '1851902',
      view: 'chapter',
      title: 'Moby-Dick',
      canonicalUrl: 'https://www.scribblehub.com/series/185190/moby-dick/',
      authors: [{ name: 'HMelville', url: 'https://www.scribblehub.com/profile/1819/hmelville/' }],
      prevUrl: scribbleHubChapterUrl(spec, 0),
      nextUrl: scribbleHubChapterUrl(spec, 2),
      toc: [],
    });
    expect(s.chapters[0]).toMatchObject({
      id: '1851902',
      title: 'The Carpet-Bag',
      url: scribbleHubChapterUrl(spec, 1),
      complete: true,
    });
  });

  it('reads the chapter list when the reader opened it, with the chapter’s number', () => {
    const spec = mobyDickScribbleHub(3);
    const s = read(spec, 2, { toc: true });
    expect(s.toc.map((t) => [t.chapterId, t.title, t.current ?? false])).toEqual([
      ['1851901', 'Loomings', false],
      ['1851902', 'The Carpet-Bag', false],
      ['1851903', 'The Spouter-Inn', true],
    ]);
    expect(s.chapters[0]?.number).toBe(3);
    expect(s.chapterCount).toBe('3');
  });

  it('has no previous chapter on the first, no next on the last (disabled buttons)', () => {
    const spec = mobyDickScribbleHub(2);
    expect(read(spec, 0).prevUrl).toBeUndefined();
    expect(read(spec, 1).nextUrl).toBeUndefined();
  });

  it.each([
    ['an author’s note above the text', 0, 'notesBefore', /^Welcome aboard!/],
    ['an author’s note below the text', 1, 'notesAfter', /^Thanks for the comments/],
    ['an announcement above the text', 2, 'notesBefore', /^Schedule Two chapters a week/],
  ] as const)('moves %s into the chapter’s notes', (_name, index, field, text) => {
    const c = read(mobyDickScribbleHub(3), index).chapters[0]!;
    expect(textOfHtml(c[field])).toMatch(text);
    expect(c.blocks.join('')).not.toMatch(/wi_authornotes|wi_news/);
    expect(c[field]).not.toMatch(/avatar/);
    const source = mobyDick()[index]!.paragraphs;
    expect(textOfHtml(c.blocks[0])).toMatch(new RegExp(`^${source[0]!.slice(0, 30)}`));
    expect(textOfHtml(c.blocks[c.blocks.length - 1])).toBe(source[source.length - 1]);
  });

  it('keeps a note in the middle of the text where the author put it', () => {
    const body = [
      paras(OWN_TEXT.harbour.slice(0, 2)),
      shAuthorNote('<p>A short note between scenes.</p>'),
      paras(OWN_TEXT.harbour.slice(2)),
    ].join('\n');
    const c = read(withBody(body), 0).chapters[0]!;
    expect(c.notesBefore).toBeUndefined();
    expect(c.notesAfter).toBeUndefined();
    expect(c.blocks.map(textOfHtml)).toContain('A short note between scenes.');
  });

  it('keeps notes and announcements on both ends apart, and the words of the text only', () => {
    const body = [
      shNews('Hiatus', '<p>Back in May.</p>'),
      shAuthorNote('<p>CW: a storm.</p>'),
      paras(OWN_TEXT.letters),
      shAuthorNote('<p>See you next week.</p>'),
    ].join('\n');
    const c = read(withBody(body), 0).chapters[0]!;
    expect(textOfHtml(c.notesBefore)).toBe('Hiatus Back in May. CW: a storm.');
    expect(textOfHtml(c.notesAfter)).toBe('See you next week.');
    expect(c.blocks.map(textOfHtml)).toEqual([...OWN_TEXT.letters]);
    expect(c.words).toBe(OWN_TEXT.letters.join(' ').split(/\s+/).length);
  });

  it('turns spoilers into <details> with their heading as the summary', () => {
    const c = read(mobyDickScribbleHub(2), 1).chapters[0]!;
    const spoiler = c.blocks.find((b) => b.includes('<details>'));
    expect(spoiler).toMatch(
      /<details><summary>Who is who<\/summary><p>Ishmael tells the story; Queequeg comes soon\.<\/p><\/details>/,
    );
    expect(spoiler).not.toMatch(/sp-head|sp-body/);
  });

  it('turns a spoiler inside a paragraph-like box into <details> in place', () => {
    const body = `<div class="aligncenter">${paras(['Before.'])}<div class="sp-wrap"><div class="sp-head">Map</div><div class="sp-body"><p>The harbour.</p></div></div></div>`;
    const [block] = read(withBody(body), 0).chapters[0]!.blocks;
    expect(block).toContain('<details><summary>Map</summary><p>The harbour.</p></details>');
    expect(block).not.toContain('sp-wrap');
  });

  it('keeps footnotes: the marker where it is, its note at the end of the paragraph', () => {
    const [first] = read(mobyDickScribbleHub(1), 0).chapters[0]!.blocks;
    expect(first).toMatch(/<sup class="modern-footnotes-footnote[^"]*"[^>]*>.*1.*<\/sup>/);
    expect(first).not.toContain('modern-footnotes-footnote__note');
    expect(first).toMatch(/<\/sup><br><small>1\. Not his real name, perhaps\.<\/small><\/p>$/);
    // A marker inside a sentence: the sentence reads on, the note comes after the paragraph.
    const body =
      '<p>He said<sup class="modern-footnotes-footnote " data-mfn="2"><a href="javascript:void(0)">2</a></sup>' +
      '<span class="modern-footnotes-footnote__note" data-mfn="2">A <i>note</i>.</span> hello.</p>';
    const [inSentence] = read(withBody(body), 0).chapters[0]!.blocks;
    // In a spoiler, the note stays inside the fold, whether the spoiler is a block or in one.
    const note =
      '<sup class="modern-footnotes-footnote " data-mfn="3"><a href="javascript:void(0)">3</a></sup>' +
      '<span class="modern-footnotes-footnote__note" data-mfn="3">Hidden note.</span>';
    const spoiler = `<div class="sp-wrap"><div class="sp-head">Map</div><div class="sp-body">The harbour${note} lies east.</div></div>`;
    for (const wrapped of [spoiler, `<div class="aligncenter">${spoiler}</div>`]) {
      const [folded] = read(withBody(wrapped), 0).chapters[0]!.blocks;
      expect(folded).toMatch(
        /<details><summary>Map<\/summary>[^]*lies east\.<br><small>3\. Hidden note\.<\/small><\/details>/,
      );
    }
    expect(inSentence).toMatch(
      /2<\/a><\/sup> hello\.<br><small>2\. A <i>note<\/i>\.<\/small><\/p>$/,
    );
  });

  it('gives the same series and chapter whichever URL opened the chapter', () => {
    const spec = mobyDickScribbleHub(3);
    const html = scribbleHubChapterPage(spec, 1);
    const urls = [
      scribbleHubChapterUrl(spec, 1),
      'https://scribblehub.com/read/185190-moby-dick/chapter/1851902/',
      'https://www.scribblehub.com/read/185190-moby-dick/chapter/1851902',
      'https://www.scribblehub.com/read/185190/chapter/1851902/',
      'https://www.scribblehub.com/read/185190-moby-dick/chapter/1851902/#comments',
    ];
    for (const url of urls) {
      const s = story(scribblehub.extract(parseHtml(html), new URL(url)));
      expect([s.site, s.workId, s.chapterId], url).toEqual(['scribblehub', '185190', '1851902']);
      expect(scribblehub.identify(new URL(url)), url).toMatchObject({
        workId: s.workId,
        chapterId: s.chapterId,
      });
      expect(s.chapters[0]?.url, url).toBe(scribbleHubChapterUrl(spec, 1));
    }
  });

  it('reads the ids from the page when the address does not carry them (a shortlink)', () => {
    const spec = mobyDickScribbleHub(2);
    const html = scribbleHubChapterPage(spec, 1).replace(/<link rel="canonical"[^>]*>/, '');
    const s = story(
      scribblehub.extract(parseHtml(html), new URL('https://www.scribblehub.com/?p=1851902')),
    );
    expect([s.workId, s.chapterId, s.title]).toEqual(['185190', '1851902', 'Moby-Dick']);
  });

  it('leaves the page as it was', () => {
    const spec = mobyDickScribbleHub(2);
    const doc = parseHtml(scribbleHubChapterPage(spec, 1, { toc: true }));
    const before = doc.documentElement.outerHTML;
    scribblehub.extract(doc, new URL(scribbleHubChapterUrl(spec, 1)));
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    [
      'the series page',
      scribbleHubSeriesPage(mobyDickScribbleHub(3)),
      scribbleHubSeriesUrl(mobyDickScribbleHub(3)),
      'index',
    ],
    [
      'a 404',
      scribbleHubNotFoundPage(),
      'https://www.scribblehub.com/read/999-gone/chapter/999/',
      'not-found',
    ],
    [
      'the front page',
      '<html><body><h1>Scribble Hub</h1></body></html>',
      'https://www.scribblehub.com/',
      'unknown',
    ],
  ])('says %s is not a story', (_name, html, url, reason) => {
    expect(scribblehub.extract(parseHtml(html), new URL(url))).toMatchObject({
      kind: 'not-story',
      reason,
    });
  });
});
