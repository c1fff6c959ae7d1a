import { describe, expect, it, vi } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../tests/support/story-factory';
import { RenderPump } from './render-pump';
import { RendererRegistry } from './renderer-registry';
import type { TextRenderer } from './text-renderer';

const paragraphs = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `<p>${tag} paragraph ${i}.</p>`);

function setup() {
  const story = makeTestStory({
    view: 'entire',
    chapters: ['a', 'b', 'c'].map((id) => makeTestChapter({ id, blocks: paragraphs(30, id) })),
  });
  const pump = new RenderPump(new AbortController().signal);
  const order: TextRenderer[][] = [];
  vi.spyOn(pump, 'setOrder').mockImplementation((renderers) => order.push(renderers));
  vi.spyOn(pump, 'kick').mockImplementation(() => {});
  const registry = new RendererRegistry(story, 'https://x.example/', pump, () => 2);
  const elements = Object.fromEntries(
    story.chapters.map((c) => {
      const el = document.createElement('div');
      registry.attach(c.id, el);
      return [c.id, el];
    }),
  );
  return { registry, order, elements };
}

describe('RendererRegistry', () => {
  it('orders the pump from the focused chapter: it, those after it, then those before', () => {
    const { registry, order } = setup();
    const index = (r: TextRenderer) =>
      ['a', 'b', 'c'].findIndex((id) => registry['renderers'].get(id) === r);
    registry.setFocus('b');
    expect(order.at(-1)?.map(index)).toEqual([1, 2, 0]);
    registry.setFocus('c');
    expect(order.at(-1)?.map(index)).toEqual([2, 1, 0]);
  });

  it('finds a rendered block by chapter and index, and the block of a node in it', () => {
    const { registry } = setup();
    registry.renderNow('b', 10);
    const element = registry.elementAt('b', 7);
    expect(element?.textContent).toBe('b paragraph 7.');
    expect(registry.blockOf('b', element!.firstChild!)).toBe(7);
    expect(registry.elementAt('b', 20)).toBeUndefined();
    expect(registry.elementAt('a', 0)).toBeUndefined();
  });

  it('resolves whenRendered once the block is rendered, focusing its chapter meanwhile', async () => {
    const { registry, order } = setup();
    const waiting = registry.whenRendered('c', 25);
    expect(order.at(-1)?.[0]).toBe(registry['renderers'].get('c'));
    const seen: [string, number, number][] = [];
    registry.onBlocksRendered((id, from, to) => seen.push([id, from, to]));
    registry.renderNow('c', 24);
    registry.renderNow('c', 24);
    const element = await waiting;
    expect(element.textContent).toBe('c paragraph 25.');
    expect(seen).toEqual([
      ['c', 0, 24],
      ['c', 24, 30],
    ]);
  });

  it('counts the words before a block', () => {
    const { registry } = setup();
    registry.renderNow('a', 30);
    // "a paragraph N." is three words.
    expect(registry.wordsBefore('a', 0)).toBe(0);
    expect(registry.wordsBefore('a', 10)).toBe(30);
  });
});
