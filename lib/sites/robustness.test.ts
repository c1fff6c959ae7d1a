import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { ao3WorkPage } from '../../tests/pages/ao3/work-page';
import { lighthouseWork, mobyDickWork } from '../../tests/pages/samples';
import { parseHtml } from '../../tests/support/parse';
import { sanitize } from '../sanitize';
import { ADAPTERS } from './all-adapters';
import { extractPage } from './extract-page';
import type { Extraction, Story } from './types';

// Bad input gets a clear answer: whatever the page, extraction returns a Story (with defaults)
// or "not a story" with a reason, and never throws.

// Every piece of the page's code counts its runs in window.ran: the script once as the page is
// parsed (where scripts run at all), each handler 100 times over.
const HOSTILE = `<p>Before</p>
<script>window.ran = (window.ran || 0) + 1</script>
<img src="x" onerror="window.ran += 100">
<a href="javascript:window.ran += 100">click</a>
<style>body { display: none !important }</style>
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/"><input name="password"></form>
<p>Inside <iframe src="https://evil.example/"></iframe>a line <img src="y" onerror="window.ran += 100"></p>
<p onclick="window.ran += 100" onmouseover="window.ran += 100">After</p>`;
const HOSTILE_WORK = `<div id="workskin"><div id="chapters"><div class="userstuff">${HOSTILE}</div></div></div>`;

const pages: [string, string][] = [
  ['an empty document', ''],
  ['an empty body', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
  ['truncated HTML', ao3WorkPage(mobyDickWork(3), { kind: 'chapter', index: 1 }).slice(0, 20_000)],
  [
    'markup with every field missing',
    '<div id="workskin"><div id="chapters"><div class="userstuff"><p>Only text.</p></div></div></div>',
  ],
  ['hostile markup', HOSTILE_WORK],
  [
    'an unclosed mess',
    '<div id="chapters"><div class="chapter"><div class="userstuff"><p><em><b>unclosed <table><td>cell',
  ],
  ['binary junk', '\u0000\u0001\uFFFD<\u0000p>'.repeat(1000)],
];

const AO3_URL = new URL('https://archiveofourown.org/works/1');

function storyOf(extraction: Extraction): Story {
  if (extraction.kind !== 'story') throw new Error(`not a story: ${extraction.reason}`);
  return extraction.story;
}

/** What the reader puts on screen from a story's text: every block through lib/sanitize.ts. */
function onScreen(story: Story, doc: Document): HTMLElement {
  const root = doc.createElement('div');
  for (const block of story.chapters.flatMap((c) => c.blocks)) {
    root.append(doc.importNode(sanitize(block, AO3_URL.href), true));
  }
  return root;
}

/** Fires the events that set off inline handlers on an element. */
function poke(el: Element, win: JSDOM['window']) {
  for (const type of ['click', 'mouseover', 'error', 'load']) {
    el.dispatchEvent(new win.Event(type));
  }
}

function assertAnswer(extraction: Extraction) {
  if (extraction.kind === 'story') {
    expect(typeof extraction.story.title).toBe('string');
    expect(Array.isArray(extraction.story.chapters)).toBe(true);
  } else {
    expect(['listing', 'login-wall', 'adult-gate', 'not-found', 'index', 'unknown']).toContain(
      extraction.reason,
    );
  }
}

describe.each(Object.values(ADAPTERS).map((site) => [site.id, site] as const))(
  '%s.extract on bad input',
  (_id, site) => {
    const url = new URL(site.examples.stories[0]!);
    it.each(pages)('answers for %s without throwing', (_name, html) => {
      assertAnswer(site.extract(parseHtml(html), url));
    });
  },
);

describe('extractPage on bad input', () => {
  it.each(pages)('answers for %s on any site without throwing', (_name, html) => {
    assertAnswer(extractPage(parseHtml(html), new URL('https://example.org/some/page')));
  });

  it('keeps hostile markup out of the blocks it can drop', () => {
    const story = storyOf(extractPage(parseHtml(HOSTILE_WORK), AO3_URL));
    const html = story.chapters[0]!.blocks.join('');
    expect(html).toContain('Before');
    expect(html).toContain('After');
    // Players stay in the blocks: the sanitizer turns them into inert placeholders (below).
    expect(html).not.toMatch(/<script|<style|<form|<input/);
  });

  it('brings no handler, script or javascript: link to the screen', () => {
    const shown = onScreen(storyOf(extractPage(parseHtml(HOSTILE_WORK), AO3_URL)), document);
    expect(shown.textContent).toContain('Before');
    expect(shown.textContent).toContain('After');
    expect(shown.querySelector('script, style, iframe, form, input, object, embed')).toBeNull();
    for (const el of shown.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name, el.outerHTML).not.toMatch(/^on/i);
        expect(attr.value, el.outerHTML).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it('runs none of the page’s code, in a document where scripts run', () => {
    const dom = new JSDOM(`<!doctype html><body>${HOSTILE_WORK}</body>`, {
      url: AO3_URL.href,
      runScripts: 'dangerously',
    });
    const page = dom.window as unknown as { ran?: number };
    try {
      // The page's own script ran as it was parsed: this document runs what it is given.
      expect(page.ran).toBe(1);
      const doc = dom.window.document;
      const story = storyOf(extractPage(doc, AO3_URL));
      // Shown in the page the way the reader shows it, then poked everywhere.
      const shown = onScreen(story, doc);
      doc.body.append(shown);
      for (const el of shown.querySelectorAll('*')) poke(el, dom.window);
      expect(page.ran).toBe(1);
      // Poking the page's own markup does run its handlers: the check above could fail.
      for (const el of doc.querySelectorAll('#workskin *')) poke(el, dom.window);
      expect(page.ran).toBeGreaterThan(1);
    } finally {
      dom.window.close();
    }
  });

  it('makes no node in the page’s own document', () => {
    // In a browser, an <img onerror> copied into the page's document loads and fires even when
    // it is never attached (jsdom loads no images, so the test above cannot see that): copies
    // belong in an inert document.
    const dom = new JSDOM(`<!doctype html><body>${HOSTILE_WORK}</body>`, { url: AO3_URL.href });
    const doc = dom.window.document;
    const makers = (
      ['createElement', 'createElementNS', 'importNode', 'adoptNode', 'createRange'] as const
    ).map((name) => vi.spyOn(doc, name));
    const clone = vi.spyOn(dom.window.Node.prototype, 'cloneNode');
    storyOf(extractPage(doc, AO3_URL));
    for (const maker of makers) expect(maker).not.toHaveBeenCalled();
    expect(clone.mock.contexts.filter((node) => (node as Node).ownerDocument === doc)).toEqual([]);
    dom.window.close();
  });

  it('reads a page with 10 MB of text', () => {
    const paragraph = `<p>${'The sea was calm and the lamp was lit. '.repeat(25)}</p>`;
    const work = {
      ...lighthouseWork(),
      chapters: [{ id: 1, body: paragraph.repeat(10_000_000 / paragraph.length) }],
    };
    const html = ao3WorkPage(work, { kind: 'single' });
    expect(html.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const extraction = extractPage(
      parseHtml(html),
      new URL('https://archiveofourown.org/works/900001'),
    );
    expect(extraction.kind).toBe('story');
    if (extraction.kind === 'story')
      expect(extraction.story.chapters[0]!.words).toBeGreaterThan(1_900_000);
    // jsdom is far slower than a browser; this only guards against anything quadratic.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
