import { describe, expect, it, vi } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../tests/support/story-factory';
import { readingPosition, wordsLeftAfterChapter } from './reading-position';
import { RenderPump } from './render-pump';
import { RendererRegistry } from './renderer-registry';

const toc = (current: number) =>
  [0, 1, 2].map((i) => ({
    title: `C${i + 1}`,
    url: `https://x.example/${i}`,
    ...(i === current ? { current: true } : {}),
  }));

describe('wordsLeftAfterChapter', () => {
  it('adds the chapters after this one, estimated from the others', () => {
    // 12,000 words in 3 chapters; this first chapter has 2,000, so the others average 5,000.
    const story = makeTestStory({ words: 12_000, toc: toc(0) });
    expect(wordsLeftAfterChapter(story, 2_000, 1_500)).toBe(1_500 + 10_000);
  });

  it('is only what is left of the chapter on the last chapter', () => {
    const story = makeTestStory({ words: 12_000, toc: toc(2) });
    expect(wordsLeftAfterChapter(story, 2_000, 2_000)).toBe(2_000);
  });

  it('is what is left of the chapter when the work states no length', () => {
    expect(
      wordsLeftAfterChapter(makeTestStory({ words: undefined, toc: toc(0) }), 2_000, 700),
    ).toBe(700);
  });
});

describe('readingPosition', () => {
  /** Lays blocks out 20 px each, one under the other; containers span their children. */
  function layOut(root: Element) {
    let y = 0;
    const rects = new Map<Element, { top: number; bottom: number }>();
    const walk = (el: Element): { top: number; bottom: number } => {
      if (el.children.length === 0 || el.matches('p')) {
        const rect = { top: y, bottom: y + 20 };
        y += 20;
        rects.set(el, rect);
        return rect;
      }
      const kids = Array.from(el.children).map(walk);
      const rect = { top: kids[0]!.top, bottom: kids.at(-1)!.bottom };
      rects.set(el, rect);
      return rect;
    };
    walk(root);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const r = rects.get(this) ?? { top: 0, bottom: 0 };
      return {
        top: r.top,
        bottom: r.bottom,
        left: 0,
        right: 0,
        width: 0,
        height: r.bottom - r.top,
        x: 0,
        y: r.top,
        toJSON: () => r,
      } as DOMRect;
    });
  }

  it.each([
    [0, 'c1', 0],
    [45, 'c1', 2],
    [20 * 60 - 1, 'c1', 59],
    [20 * 60 + 5, 'c2', 0],
    [20 * 75 + 1, 'c2', 15],
  ])('at y=%i is chapter %s, block %i', (y, chapterId, block) => {
    const paragraphs = (n: number) =>
      Array.from({ length: n }, (_, i) => `<p>Words of block ${i}.</p>`);
    const story = makeTestStory({
      view: 'entire',
      chapters: [
        makeTestChapter({ id: 'c1', blocks: paragraphs(60), words: 240 }),
        makeTestChapter({ id: 'c2', blocks: paragraphs(40), words: 160 }),
      ],
    });
    const pump = new RenderPump(new AbortController().signal);
    vi.spyOn(pump, 'kick').mockImplementation(() => {});
    const registry = new RendererRegistry(story, 'https://x.example/', pump, () => 2);
    const root = document.createElement('main');
    const sections = story.chapters.map((c) => {
      const section = document.createElement('section');
      const text = document.createElement('div');
      section.append(text);
      root.append(section);
      registry.attach(c.id, text);
      registry.renderNow(c.id, c.blocks.length);
      return section;
    });
    layOut(root);
    const position = readingPosition(story, sections, registry, y);
    expect(position).toMatchObject({ chapterId, block });
    // Words: four per block; what is left counts from the block at the top.
    expect(position?.wordsLeftInChapter).toBe((chapterId === 'c1' ? 240 : 160) - 4 * block);
  });
});
