import { describe, expect, it } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import { describeText } from '../../anchoring/describe';
import type { HighlightView } from '../../messaging/wire';
import type { ColorId } from '../../progress/highlight';
import { PAGE_HIGHLIGHT_PREFIX, PageHighlights } from './page-highlights';
import { PageMap } from './page-map';
import { StoryTexts } from './story-texts';

const story = makeTestStory({
  view: 'chapter',
  chapters: [
    makeTestChapter({
      id: 'a',
      blocks: [
        '<p>The lamp was lit at dusk.</p>',
        '<p>Gulls wheeled over the <em>quiet</em> harbour.</p>',
        '<p>Night came on.</p>',
      ],
    }),
  ],
});
const texts = new StoryTexts(story);

/** The site's page: its own markup for the same paragraphs, and chrome around them. */
function sitePage(paragraphs: string[]): PageMap {
  const parsed = new DOMParser().parseFromString(
    `<nav>Menu: harbour news</nav><div class="userstuff">${paragraphs.join('')}</div>`,
    'text/html',
  );
  const nodes = Array.from(parsed.body.childNodes); // a copy: adopting empties the live list
  document.head.replaceChildren();
  document.body.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
  return PageMap.build(document.body, story, texts);
}

const SITE = [
  '<p>The lamp was lit at dusk.</p>',
  '<p>Gulls wheeled over the <i>quiet</i> harbour.</p>',
  '<p>Night came on.</p>',
];

function highlight(
  id: string,
  start: [number, number],
  end: [number, number],
  color: ColorId = 'c1',
): HighlightView {
  const blocks = texts.all('a');
  const anchor = describeText(
    { id: 'a', blocks },
    { block: start[0], offset: start[1] },
    { block: end[0], offset: end[1] },
  );
  if (!anchor) throw new Error('no anchor');
  return { id, work: 'ao3:1', chapterId: 'a', anchor, color, note: '', createdAt: 1, updatedAt: 1 };
}

/** A registry that keeps what was drawn, as the page's CSS.highlights would. */
function fakeApi() {
  const drawn = new Map<string, Range[]>();
  return {
    drawn,
    text: (color: string) =>
      (drawn.get(PAGE_HIGHLIGHT_PREFIX + color) ?? []).map((r) => r.toString()),
    api: {
      registry: {
        set: (name: string, value: unknown) => drawn.set(name, value as Range[]),
        delete: (name: string) => drawn.delete(name),
      },
      make: (ranges: Range[]) => ranges,
    },
  };
}

describe('PageHighlights', () => {
  it('draws the reader’s highlights on the site’s own paragraphs, by colour, across paragraphs', () => {
    const map = sitePage(SITE);
    const fake = fakeApi();
    const page = new PageHighlights(document, story, texts, () => map, fake.api);
    page.update([highlight('h1', [1, 6], [1, 36], 'c2'), highlight('h2', [0, 9], [1, 5])]);
    expect(fake.text('c2')).toEqual(['wheeled over the quiet harbour']);
    expect(fake.text('c1')).toEqual(['was lit at dusk.Gulls']);
    expect(page.drawn).toBe(2);
    // The chrome's "harbour" is never drawn, and the colours are styled on the page.
    expect(document.querySelector('style')?.textContent).toContain(
      `::highlight(${PAGE_HIGHLIGHT_PREFIX}c2)`,
    );
  });

  it('follows changes from the reader: a removed highlight goes, a recoloured one moves', () => {
    const map = sitePage(SITE);
    const fake = fakeApi();
    const page = new PageHighlights(document, story, texts, () => map, fake.api);
    const h1 = highlight('h1', [2, 0], [2, 5]);
    page.update([h1, highlight('h2', [0, 0], [0, 3])]);
    page.update([
      { ...h1, color: 'c3' },
      { ...highlight('h2', [0, 0], [0, 3]), deletedAt: 5 },
    ]);
    expect(fake.text('c1')).toEqual([]);
    expect(fake.text('c3')).toEqual(['Night']);
    page.clear();
    expect(fake.drawn.size).toBe(0);
    expect(document.querySelector('style')).toBeNull();
  });

  it('draws nothing on text the author changed past finding, nor on a paragraph the page lacks', () => {
    const edited = [SITE[0]!, '<p>Terns circled the empty bay.</p>', SITE[2]!];
    const map = sitePage(edited);
    const fake = fakeApi();
    const changed = new StoryTexts(
      makeTestStory({
        view: 'chapter',
        chapters: [makeTestChapter({ id: 'a', blocks: edited })],
      }),
    );
    const page = new PageHighlights(document, story, changed, () => map, fake.api);
    page.update([highlight('h1', [1, 6], [1, 36])]);
    expect(fake.text('c1')).toEqual([]);
    expect(page.unplaced).toBe(1);

    // The reader's paragraph 1 is missing from the site's page: nothing is drawn over another.
    const short = sitePage([SITE[0]!, SITE[2]!]);
    const other = new PageHighlights(document, story, texts, () => short, fake.api);
    other.update([highlight('h1', [1, 6], [1, 36])]);
    expect(fake.text('c1')).toEqual([]);
  });
});
