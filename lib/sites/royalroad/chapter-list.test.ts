import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/support/parse';
import { chapterListOf, chaptersJson } from './chapter-list';

const BASE = new URL('https://www.royalroad.com/fiction/51851/moby/chapter/2185102/two');
const current = { workId: '51851', chapterId: '2185102' };
const entry = (id: number, order: number, extra = {}) => ({
  id,
  title: `Chapter ${order + 1}: [the "sea"]`,
  order,
  visible: 1,
  url: `/fiction/51851/moby/chapter/${id}/c${id}`,
  ...extra,
});

describe('chaptersJson', () => {
  it.each([
    ['a list with brackets in its strings', `window.chapters = [{"t":"a]b[c"}];`, [{ t: 'a]b[c' }]],
    [
      'a list among other assignments',
      `window.x = 1;\nwindow.chapters=[1,[2]];window.y=[3];`,
      [1, [2]],
    ],
    ['broken JSON', 'window.chapters = [{oops}];', undefined],
    ['an unfinished list', 'window.chapters = [{"t":"a"}', undefined],
    ['no list', 'window.volumes = [];', undefined],
  ])('reads %s', (_name, script, expected) => {
    expect(chaptersJson(script)).toEqual(expected);
  });
});

describe('chapterListOf', () => {
  const page = (list: unknown[]) =>
    parseHtml(`<p>text</p><script>window.chapters = ${JSON.stringify(list)};</script>`);

  it('lists the chapters in their order, the current one marked, hidden ones left out', () => {
    const doc = page([
      entry(2185103, 2),
      entry(2185101, 0),
      entry(2185102, 1),
      entry(2185109, 3, { visible: 0 }),
    ]);
    expect(chapterListOf(doc, BASE, current)).toEqual([
      {
        title: 'Chapter 1: [the "sea"]',
        url: 'https://www.royalroad.com/fiction/51851/moby/chapter/2185101/c2185101',
        chapterId: '2185101',
      },
      expect.objectContaining({ chapterId: '2185102', current: true }),
      expect.objectContaining({ chapterId: '2185103' }),
    ]);
  });

  it("leaves out entries that are not this fiction's chapters", () => {
    const doc = page([
      entry(2185101, 0),
      { ...entry(7, 1), url: '/fiction/999/other/chapter/7/x' },
      { title: 'no address' },
      'junk',
    ]);
    expect(chapterListOf(doc, BASE, current).map((e) => e.chapterId)).toEqual(['2185101']);
  });

  it('reads a chapter <select> when there is no script', () => {
    const doc =
      parseHtml(`<select><option value="/fiction/51851/moby/chapter/2185101/a">One</option>
      <option value="/fiction/51851/moby/chapter/2185102/b" selected>Two</option></select>`);
    expect(chapterListOf(doc, BASE, current).map((e) => [e.title, e.current ?? false])).toEqual([
      ['One', false],
      ['Two', true],
    ]);
  });

  it('gives nothing when the page lists no chapters', () => {
    expect(
      chapterListOf(parseHtml('<select><option>Theme</option></select>'), BASE, current),
    ).toEqual([]);
  });
});
