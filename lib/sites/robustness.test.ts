import { describe, expect, it } from 'vitest';
import { ao3WorkPage } from '../../tests/pages/ao3/work-page';
import { lighthouseWork, mobyDickWork } from '../../tests/pages/samples';
import { parseHtml } from '../../tests/support/parse';
import { extractPage } from './extract-page';
import { ADAPTERS } from './all-adapters';
import type { Extraction } from './types';

// Bad input gets a clear answer: whatever the page, extraction returns a Story (with defaults)
// or "not a story" with a reason, and never throws.

const HOSTILE = `<p>Before</p>
<script>window.pwned = true</script>
<img src="x" onerror="window.pwned = true">
<a href="javascript:window.pwned = true">click</a>
<style>body { display: none !important }</style>
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/"><input name="password"></form>
<p onclick="window.pwned = true">After</p>`;

const pages: [string, string][] = [
  ['an empty document', ''],
  ['an empty body', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
  ['truncated HTML', ao3WorkPage(mobyDickWork(3), { kind: 'chapter', index: 1 }).slice(0, 20_000)],
  [
    'markup with every field missing',
    '<div id="workskin"><div id="chapters"><div class="userstuff"><p>Only text.</p></div></div></div>',
  ],
  [
    'hostile markup',
    `<div id="workskin"><div id="chapters"><div class="userstuff">${HOSTILE}</div></div></div>`,
  ],
  [
    'an unclosed mess',
    '<div id="chapters"><div class="chapter"><div class="userstuff"><p><em><b>unclosed <table><td>cell',
  ],
  ['binary junk', '\u0000\u0001\uFFFD<\u0000p>'.repeat(1000)],
];

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

  it('keeps hostile markup out of the blocks it can drop, and runs none of it', () => {
    const doc = parseHtml(
      `<div id="workskin"><div id="chapters"><div class="userstuff">${HOSTILE}</div></div></div>`,
    );
    const extraction = extractPage(doc, new URL('https://archiveofourown.org/works/1'));
    expect(extraction.kind).toBe('story');
    const html = extraction.kind === 'story' ? extraction.story.chapters[0]!.blocks.join('') : '';
    expect(html).toContain('Before');
    expect(html).toContain('After');
    expect(html).not.toMatch(/<script|<style|<iframe|<form|<input/);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
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
