import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import { DEFAULT_HIGHLIGHT_NAMES } from '../../settings/highlight-names';
import type { PageHighlightInput } from '../../messaging/reading-port';
import { PageHighlighter } from './page-highlighter';
import { PageMap } from './page-map';
import { StoryTexts } from './story-texts';

const story = makeTestStory({
  view: 'entire',
  chapters: [
    makeTestChapter({
      id: 'a',
      blocks: ['<p>The lamp was lit at dusk.</p>', '<p>Gulls wheeled over the harbour.</p>'],
    }),
    makeTestChapter({ id: 'b', blocks: ['<p>Night came on.</p>', '<p>The keeper slept.</p>'] }),
  ],
});
const texts = new StoryTexts(story);

/** The site's page (its own markup and chrome), and a highlighter over it. */
function site() {
  const parsed = new DOMParser().parseFromString(
    `<nav>Menu</nav><h3>Chapter 1</h3><p>The lamp was <b>lit</b> at dusk.</p>
     <p>Gulls wheeled over the harbour.</p><h3>Chapter 2</h3><p>Night came on.</p>
     <p>The keeper slept.</p>`,
    'text/html',
  );
  const nodes = Array.from(parsed.body.childNodes); // a copy: adopting empties the live list
  document.body.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
  let map: PageMap | null = null;
  const sent: PageHighlightInput[] = [];
  const highlighter = new PageHighlighter({
    doc: document,
    story,
    texts,
    map: () => (map ??= PageMap.build(document.body, story, texts)),
    names: DEFAULT_HIGHLIGHT_NAMES,
    send: (h) => (sent.push(h), true),
  });
  return { highlighter, sent, p: [...document.querySelectorAll('p')] };
}

/** A range from `from` in one node to `to` in another. */
function range(start: Node, from: number, end: Node, to: number): Range {
  const r = document.createRange();
  r.setStart(start, from);
  r.setEnd(end, to);
  return r;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('PageHighlighter', () => {
  it('anchors a selection across the site’s own markup as the reader would', () => {
    const { highlighter, p } = site();
    // "lamp was lit": from "The |lamp" into the <b>.
    const target = highlighter.selectionOf(
      range(p[0]!.firstChild!, 4, p[0]!.querySelector('b')!.firstChild!, 3),
    );
    expect(target?.chapterId).toBe('a');
    expect(target?.anchor).toMatchObject({
      chapterId: 'a',
      exact: 'lamp was lit',
      start: { block: 0, offset: 4 },
      end: { block: 0, offset: 16 },
      prefix: 'The ',
    });
  });

  it('drops the spaces and the page’s chrome at the edges, and stops at the chapter’s end', () => {
    const { highlighter, p } = site();
    const title1 = document.querySelector('h3')!;
    // From the chapter title (before the text) to the start of the second chapter's first line.
    const target = highlighter.selectionOf(range(title1.firstChild!, 0, p[2]!.firstChild!, 5));
    expect(target?.chapterId).toBe('a');
    expect(target?.anchor.start).toEqual({ block: 0, offset: 0 });
    expect(target?.anchor.end).toEqual({
      block: 1,
      offset: 'Gulls wheeled over the harbour.'.length,
    });
    // "over " with its trailing space: the space is not highlighted.
    const spaced = highlighter.selectionOf(range(p[1]!.firstChild!, 14, p[1]!.firstChild!, 19));
    expect(spaced?.anchor.exact).toBe('over');
  });

  it('highlights nothing for a selection outside the story', () => {
    const { highlighter } = site();
    const nav = document.querySelector('nav')!;
    expect(highlighter.selectionOf(range(nav.firstChild!, 0, nav.firstChild!, 4))).toBeNull();
  });

  it('shows the bar by a finished selection, and a click the page forges does nothing', () => {
    vi.useFakeTimers();
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init: ShadowRootInit,
    ) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    // jsdom lays nothing out: the selection's box is made up.
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', {
      configurable: true,
      value: () => ({ left: 100, top: 200, bottom: 220, width: 50 }),
    });
    const { highlighter, sent, p } = site();
    const stop = new AbortController();
    highlighter.start(stop.signal);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range(p[3]!.firstChild!, 4, p[3]!.firstChild!, 10));
    window.dispatchEvent(new Event('pointerup'));
    vi.runAllTimers();
    const host = document.querySelector<HTMLElement>('fic-reader-highlight-bar');
    expect(host).not.toBeNull();
    // Above the selection, centred on it.
    expect(host!.style.top).toBe(`${200 - 40 - 8}px`);
    const buttons = [...roots[0]!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Highlight: favourite',
      'Highlight: funny',
      'Highlight: heartbreaking',
      'Highlight: foreshadowing',
      'Highlight: quote',
    ]);
    // A script's click is not the reader's (isTrusted is false): nothing is sent.
    buttons[1]!.click();
    expect(sent).toEqual([]);
    // The selection gone, the bar goes; and with it stopped, it stays gone.
    getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    expect(document.querySelector('fic-reader-highlight-bar')).toBeNull();
    stop.abort();
    delete (Range.prototype as { getBoundingClientRect?: unknown }).getBoundingClientRect;
  });
});
