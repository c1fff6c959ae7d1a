import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import { DEFAULT_HIGHLIGHT_NAMES } from '../../settings/highlight-names';
import type { PageMessage } from '../../messaging/reading-port';
import { PageHighlightBar } from './page-highlight-bar';
import { PageHighlighter } from './page-highlighter';
import { PageMap } from './page-map';
import { acknowledgesPosition, OTHER_SEQ_BASE } from './page-seq';
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
function site(options: { trusted?: boolean; recording?: boolean } = {}) {
  const parsed = new DOMParser().parseFromString(
    `<nav>Menu</nav><h3>Chapter 1</h3><p>The lamp was <b>lit</b> at dusk.</p>
     <p>Gulls wheeled over the harbour.</p><h3>Chapter 2</h3><p>Night came on.</p>
     <p>The keeper slept.</p>`,
    'text/html',
  );
  const nodes = Array.from(parsed.body.childNodes); // a copy: adopting empties the live list
  document.body.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
  let map: PageMap | null = null;
  const sent: Extract<PageMessage, { type: 'highlight-put' }>[] = [];
  const highlighter = new PageHighlighter({
    doc: document,
    story,
    texts,
    map: () => (map ??= PageMap.build(document.body, story, texts)),
    names: DEFAULT_HIGHLIGHT_NAMES,
    recording: () => options.recording ?? true,
    send: (m) => (sent.push(m), true),
    // jsdom's events are never trusted: the tests say which stand for the reader's own.
    ...(options.trusted === undefined ? {} : { trusted: () => options.trusted! }),
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

/** Selects `r` and lifts the pointer, as a reader's drag ends; runs the bar's timer. */
function selectAndRelease(r: Range) {
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(r);
  window.dispatchEvent(new Event('pointerup'));
  vi.runAllTimers();
}

const bar = () => document.querySelector<HTMLElement>('fic-reader-highlight-bar');

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (Range.prototype as { getBoundingClientRect?: unknown }).getBoundingClientRect;
});

function layOut() {
  vi.useFakeTimers();
  // jsdom lays nothing out: the selection's box is made up.
  Object.defineProperty(Range.prototype, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ left: 100, top: 200, bottom: 220, width: 50 }),
  });
}

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

  it('shows no bar for a selection the page’s scripts made, nor while nothing is kept', () => {
    layOut();
    for (const options of [{}, { trusted: true, recording: false }]) {
      const { highlighter, p } = site(options);
      const stop = new AbortController();
      highlighter.start(stop.signal);
      // Without `trusted`, the pointerup is what it is in jsdom: not the reader's.
      selectAndRelease(range(p[3]!.firstChild!, 4, p[3]!.firstChild!, 10));
      expect(bar()).toBeNull();
      stop.abort();
    }
  });

  it('sends the reader’s highlight numbered apart from positions, and clears the selection once stored', () => {
    layOut();
    const { highlighter, sent, p } = site({ trusted: true });
    const stop = new AbortController();
    highlighter.start(stop.signal);
    selectAndRelease(range(p[3]!.firstChild!, 4, p[3]!.firstChild!, 10));
    expect(bar()?.style.top).toBe(`${200 - 40 - 8}px`);
    highlighter.highlight('c2');
    expect(bar()).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'highlight-put', highlight: { color: 'c2', note: '' } });
    expect(sent[0]!.highlight.anchor).toMatchObject({ chapterId: 'b', exact: 'keeper' });
    const seq = sent[0]!.seq;
    expect(seq).toBeGreaterThan(OTHER_SEQ_BASE);
    // A highlight's answer never stands for a position's; a position's answer does.
    expect(acknowledgesPosition(seq, 5)).toBe(false);
    expect(acknowledgesPosition(7, 5)).toBe(true);
    // Until stored it is sent again on a reconnection; stored, the selection gives way.
    expect(highlighter.unacknowledged()).toEqual(sent);
    expect(getSelection()!.isCollapsed).toBe(false);
    highlighter.acknowledge(seq, true);
    expect(highlighter.unacknowledged()).toEqual([]);
    expect(getSelection()!.isCollapsed).toBe(true);
    // The selection gone, the bar stays gone; stopped, nothing shows it again.
    stop.abort();
    selectAndRelease(range(p[3]!.firstChild!, 4, p[3]!.firstChild!, 10));
    expect(bar()).toBeNull();
  });
});

describe('PageHighlightBar', () => {
  it('names the colours as the reader does, and takes no click the page forges', () => {
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
    const picked: string[] = [];
    const shown = new PageHighlightBar(document, DEFAULT_HIGHLIGHT_NAMES, (c) => picked.push(c));
    shown.show({ left: 10, top: 300, bottom: 320, width: 40 });
    const buttons = [...roots[0]!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Highlight: favourite',
      'Highlight: funny',
      'Highlight: heartbreaking',
      'Highlight: foreshadowing',
      'Highlight: quote',
    ]);
    // A script's click is not the reader's (isTrusted is false): nothing is picked.
    buttons[1]!.click();
    expect(picked).toEqual([]);
    shown.hide();
    expect(shown.shown).toBe(false);
  });
});
