import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/support/parse';
import { createReadSession, readBlocks, readInSession } from './blocks';
import { hiddenSelectors } from './hidden';

/**
 * Issue 7: reading a long chapter a slice at a time must cost what is new in each slice, and
 * must always get to the end. These tests read the same containers whole and in slices.
 */

const busyFor = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Stands in for the fixed cost of an extraction (metadata, every chapter's lookup).
  }
};

/** A document still loading, whose container the parser is inside. */
function loadingPage() {
  const doc = document.implementation.createHTMLDocument('');
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(doc, 'readyState', { get: () => state });
  const root = doc.createElement('div');
  doc.body.append(root);
  const add = (html: string) => {
    for (const n of Array.from(parseHtml(html).body.childNodes))
      root.append(doc.importNode(n, true));
  };
  return { doc, root, add, finish: () => (state = 'interactive') };
}

// A small deterministic generator of awkward text: paragraphs, loose text with single and
// double breaks, inline runs, hidden and dropped elements, images, rules, empty spacers.
function randomText(seed: number, parts: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const pieces = [
    () => `<p>Paragraph ${Math.floor(next() * 1000)} of the voyage.</p>`,
    () => `loose words ${Math.floor(next() * 100)} `,
    () => '<br>',
    () => '<br><br>',
    () => ' <br> <br> ',
    () => '<em>inline</em> ',
    () => '<span class="x9f">hidden by the page</span>',
    () => '<p class="x9f">a hidden paragraph</p>',
    () => '<p>Keep <span style="display:none">not this</span>this.</p>',
    () => '<script>alert(1)</script>',
    () => '<hr>',
    () => '<p><img src="a.png"></p>',
    () => '<p>&nbsp;</p>',
    () => '<div class="phone"><p>a message</p><p>a reply</p></div>',
    () => '\n',
  ];
  return Array.from({ length: parts }, () => pick(pieces)()).join('');
}

describe('reading a container in slices', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'gives exactly what one whole read gives (generated text %i)',
    (seed) => {
      const html = `<style>.x9f { display: none }</style><div id="t">${randomText(seed, 400)}</div>`;
      const whole = parseHtml(html);
      const options = { hiddenSelectors: hiddenSelectors(whole) };
      const expected = readBlocks(whole.querySelector('#t')!, options);

      // The same page arriving a few nodes at a time, read with no time at all.
      const page = loadingPage();
      const source = Array.from(parseHtml(html).querySelector('#t')!.childNodes);
      const session = createReadSession();
      page.doc.head.innerHTML = '<style>.x9f { display: none }</style>';
      const read = () => readInSession(session, () => readBlocks(page.root, options), 0).result;
      // Partial reads as the page grows: each must leave the next one where to go on from.
      expect(read().complete).toBe(false);
      for (let i = 0; i < source.length; i += 7) {
        for (const n of source.slice(i, i + 7)) page.root.append(page.doc.importNode(n, true));
        expect(read().complete).toBe(false);
      }
      page.finish();
      let reads = 0;
      let result;
      do {
        result = read();
        reads++;
      } while (!result.complete && reads < 10_000);
      expect(result).toEqual(expected);
    },
  );

  it('makes progress on every read even when the fixed cost of a read exceeds its budget', () => {
    const page = loadingPage();
    page.add(Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}.</p>`).join(''));
    page.finish();
    const session = createReadSession();
    let blocks = 0;
    let reads = 0;
    for (;;) {
      const { result, cutShort } = readInSession(
        session,
        () => {
          busyFor(2); // The fixed part alone is over the 1 ms budget.
          return readBlocks(page.root);
        },
        performance.now() + 1,
      );
      reads++;
      expect(result.blocks.length).toBeGreaterThan(blocks);
      blocks = result.blocks.length;
      if (!cutShort) break;
      expect(reads).toBeLessThanOrEqual(300);
    }
    expect(blocks).toBe(300);
  });

  it('never reads a node twice: a read costs what is new', () => {
    const page = loadingPage();
    page.add('<p>one</p><p>two</p><p>three</p>');
    const first = page.root.firstElementChild!;
    let serialized = 0;
    const real = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!;
    Object.defineProperty(first, 'outerHTML', {
      get() {
        serialized++;
        return real.get!.call(this);
      },
    });
    const session = createReadSession();
    const read = () => readInSession(session, () => readBlocks(page.root)).result;
    expect(read().blocks).toEqual(['<p>one</p>', '<p>two</p>']);
    for (let i = 0; i < 50; i++) {
      page.add(`<p>more ${i}</p>`);
      read();
    }
    page.finish();
    expect(read().blocks).toHaveLength(53);
    expect(serialized).toBe(1);
  });

  it('starts again when the page moves the nodes it had read', () => {
    const page = loadingPage();
    page.add('<p>one</p><p>two</p><p>three</p>');
    const session = createReadSession();
    const read = () => readInSession(session, () => readBlocks(page.root)).result;
    read();
    page.root.firstElementChild!.nextElementSibling!.remove();
    page.root.firstElementChild!.remove();
    page.add('<p>four</p>');
    page.finish();
    expect(read().blocks).toEqual(['<p>three</p>', '<p>four</p>']);
  });

  it('starts again when the page adds hiding rules after the text was read', () => {
    const page = loadingPage();
    page.add('<p>one</p><p class="late">stolen</p><p>two</p>');
    const session = createReadSession();
    const read = (selectors: string[]) =>
      readInSession(session, () => readBlocks(page.root, { hiddenSelectors: selectors })).result;
    read([]);
    page.finish();
    expect(read(['.late']).blocks).toEqual(['<p>one</p>', '<p>two</p>']);
  });
});

describe('oversized elements', () => {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const messages = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p class="msg">Message ${i} arrives.</p>`).join('');

  it('splits a wrapper around a whole chapter into pieces that keep its tags', () => {
    const doc = parseHtml(
      `<div id="t"><div class="phone" data-x="1">${messages(2500)}</div></div>`,
    );
    const text = readBlocks(doc.querySelector('#t')!);
    expect(text.blocks.length).toBeGreaterThan(30);
    for (const block of text.blocks)
      expect(block).toMatch(/^<div class="phone" data-x="1">.*<\/div>$/s);
    expect(text.texts.join('')).toBe(doc.querySelector('.phone')!.textContent);
  });

  it('reads an element too deep to split as plain paragraphs, every word kept', () => {
    // The bottom of a runaway nesting: thousands of elements side by side inside one inline.
    const inner = Array.from({ length: 2500 }, (_, i) => `<span>word${i}.</span> `).join('');
    const doc = parseHtml(`<div id="t">Before <em>${inner}<b class="x9f">hidden</b></em></div>`);
    const text = readBlocks(doc.querySelector('#t')!, { hiddenSelectors: ['.x9f'] });
    expect(text.blocks.length).toBeGreaterThan(10);
    for (const count of text.counts) expect(count).toBeLessThanOrEqual(150);
    const all = words(text.texts.join(' '));
    expect(all).toHaveLength(2501);
    expect(all).not.toContain('hidden');
  });

  it('gives the same pieces read whole or a node at a time', () => {
    const html = `<div id="t"><p>Start.</p><div class="phone">${messages(700)}</div><p>End.</p></div>`;
    const expected = readBlocks(parseHtml(html).querySelector('#t')!);
    const root = parseHtml(html).querySelector('#t')!;
    const session = createReadSession();
    let result;
    do result = readInSession(session, () => readBlocks(root), 0).result;
    while (!result.complete);
    expect(result).toEqual(expected);
  });
});
