import { describe, expect, it } from 'vitest';
import { CHUNK_BLOCKS, HOLD_BACK, TextRenderer } from './text-renderer';

const BASE = 'https://archiveofourown.org/works/1';
const blocks = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the voyage.</p>`);

function setup() {
  const container = document.createElement('div');
  return { container, renderer: new TextRenderer(container, BASE) };
}

describe('TextRenderer', () => {
  it('renders blocks a group at a time into content-visibility chunks', () => {
    const { container, renderer } = setup();
    renderer.setBlocks(blocks(60), true);
    expect(renderer.renderSome(10)).toBe(10);
    expect(renderer.rendered).toBe(10);
    while (renderer.renderSome() > 0);
    expect(renderer.done).toBe(true);
    expect(container.querySelectorAll('.fr-chunk')).toHaveLength(Math.ceil(60 / CHUNK_BLOCKS));
    expect(renderer.elementAt(59)?.textContent).toBe('Paragraph 60 of the voyage.');
    expect(renderer.wordsIn(0)).toBe(5);
  });

  it('keeps block indexes exact when the sanitizer drops a whole block', () => {
    const { renderer } = setup();
    renderer.setBlocks(['<p>one</p>', '<form><input></form>', '<p>three</p>'], true);
    renderer.renderSome();
    expect([0, 1, 2].map((i) => renderer.elementAt(i)?.textContent)).toEqual(['one', '', 'three']);
  });

  it('sanitizes what it renders', () => {
    const { container, renderer } = setup();
    renderer.setBlocks(
      [
        '<p onclick="alert(1)">a<script>alert(2)</script></p>',
        '<p><a href="javascript:alert(3)">b</a></p>',
      ],
      true,
    );
    renderer.renderSome();
    expect(container.innerHTML).not.toMatch(/onclick|script|javascript/);
  });

  it('holds back the end of a chapter that is still arriving', () => {
    const { renderer } = setup();
    renderer.setBlocks(blocks(40), false);
    while (renderer.renderSome() > 0);
    expect(renderer.rendered).toBe(40 - HOLD_BACK);
    renderer.setBlocks(blocks(45), true);
    while (renderer.renderSome() > 0);
    expect(renderer.rendered).toBe(45);
  });

  it('marks scene breaks', () => {
    const { renderer } = setup();
    renderer.setBlocks(['<p>a</p>', '<hr>', '<p align="center">* * *</p>', '<p>b</p>'], true);
    renderer.renderSome();
    expect([0, 1, 2, 3].map((i) => renderer.elementAt(i)?.classList.contains('fr-break'))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
