import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/support/parse';
import { createReadSession, readBlocks, readInSession } from './blocks';
import { hiddenSelectors } from './hidden';

const container = (html: string) => {
  const doc = parseHtml(`<div id="text">${html}</div><footer>after</footer>`);
  return { doc, root: doc.querySelector('#text')! };
};

describe('readBlocks', () => {
  it('gives one block per paragraph, with texts and word counts', () => {
    const { root } = container('<p>One two.</p><p>Three <em>four</em> five.</p><hr><p>Six.</p>');
    expect(readBlocks(root)).toEqual({
      blocks: ['<p>One two.</p>', '<p>Three <em>four</em> five.</p>', '<hr>', '<p>Six.</p>'],
      texts: ['One two.', 'Three four five.', '', 'Six.'],
      counts: [2, 3, 0, 1],
      words: 6,
      complete: true,
    });
  });

  it('turns loose text into paragraphs, split where the author wrote <br><br>', () => {
    const { root } = container(
      'First line<br>same paragraph<br><br>Second <b>one</b><br> <br>Third<p>Block</p>tail',
    );
    expect(readBlocks(root).blocks).toEqual([
      '<p>First line<br>same paragraph</p>',
      '<p>Second <b>one</b></p>',
      '<p>Third</p>',
      '<p>Block</p>',
      '<p>tail</p>',
    ]);
  });

  it('looks through plain wrappers but keeps wrappers that mean something', () => {
    expect(readBlocks(container('<div><div><p>a</p><p>b</p></div></div>').root).blocks).toEqual([
      '<p>a</p>',
      '<p>b</p>',
    ]);
    expect(readBlocks(container('<div class="phone"><p>a</p></div>').root).blocks).toEqual([
      '<div class="phone"><p>a</p></div>',
    ]);
  });

  it('drops empty spacer paragraphs but keeps images and rules', () => {
    const { root } = container('<p>&nbsp;</p><p> </p><p><img src="a.png"></p><p>x</p><p><br></p>');
    expect(readBlocks(root).blocks).toEqual(['<p><img src="a.png"></p>', '<p>x</p>']);
  });

  it('drops scripts, forms, chrome and what the page hides, without touching the page', () => {
    const { doc, root } = container(
      '<style>.x9f { display: none }</style><h3 class="landmark">Chapter Text</h3>' +
        '<p>Keep <script>alert(1)</script>this.</p><p class="x9f">Stolen text.</p>' +
        '<p>And <span hidden>not</span>this<span style="display: none">either</span>.</p><form><input></form>',
    );
    const before = root.innerHTML;
    const text = readBlocks(root, { drop: 'h3.landmark', hiddenSelectors: hiddenSelectors(doc) });
    expect(text.blocks).toEqual(['<p>Keep this.</p>', '<p>And this.</p>']);
    expect(root.innerHTML).toBe(before);
  });

  it('rewrites only the blocks that need it, on a copy', () => {
    const { root } = container('<p><img data-src="lazy.png"></p><p>plain</p>');
    const text = readBlocks(root, {
      rewriteSelector: 'img[data-src]',
      rewrite: (block) =>
        block
          .querySelectorAll('img[data-src]')
          .forEach((img) => img.setAttribute('src', img.getAttribute('data-src')!)),
    });
    expect(text.blocks[0]).toBe('<p><img data-src="lazy.png" src="lazy.png"></p>');
    expect(root.querySelector('img')!.hasAttribute('src')).toBe(false);
  });

  it('reads a page still loading only up to the node the parser may be inside', () => {
    const doc = document.implementation.createHTMLDocument('');
    Object.defineProperty(doc, 'readyState', { value: 'loading' });
    const root = doc.createElement('div');
    doc.body.append(root);
    root.append(
      ...Array.from(parseHtml('<p>a</p><p>b</p>loose <em>text</em>').body.childNodes).map((n) =>
        doc.importNode(n, true),
      ),
    );
    const partial = readBlocks(root);
    expect(partial).toMatchObject({ blocks: ['<p>a</p>', '<p>b</p>'], complete: false });
    // Once something follows the container, it is closed.
    doc.body.append(doc.createElement('footer'));
    expect(readBlocks(root)).toMatchObject({
      blocks: ['<p>a</p>', '<p>b</p>', '<p>loose <em>text</em></p>'],
      complete: true,
    });
  });

  it('stops at a deadline and goes on from there on the next read', () => {
    const { root } = container('<p>a</p><p>b</p><p>c</p>');
    const session = createReadSession();
    const cut = readInSession(session, () => readBlocks(root), performance.now() - 1);
    // Out of time from the start, it still reads one node: every read makes progress.
    expect(cut).toMatchObject({
      cutShort: true,
      result: { blocks: ['<p>a</p>'], complete: false },
    });
    expect(readInSession(session, () => readBlocks(root))).toMatchObject({
      cutShort: false,
      result: { blocks: ['<p>a</p>', '<p>b</p>', '<p>c</p>'], complete: true },
    });
  });
});
