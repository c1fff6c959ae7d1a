import { describe, expect, it } from 'vitest';
import { SHAPES } from '../../anchoring/testing/shapes';
import { LENS, LENS_CURRENT } from './mention-lens';
import { setupHighlights } from './testing/setup';

const moby = SHAPES.moby;

/** Whole-word, case-insensitive occurrences of a word in the rendered chapters' text. */
const countIn = (doc: Document, word: string) =>
  (doc.body.textContent ?? '').match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;

describe('MentionLens', () => {
  it('counts every mention in the page’s chapters, draws the rendered ones, and more as chunks render', () => {
    const made = setupHighlights(
      [
        { id: 'a', blocks: moby },
        { id: 'b', blocks: moby.slice(0, 6) },
      ],
      3,
    );
    const count = made.hl.lens.show('whale');
    expect(count).toBe(countIn(made.doc, 'whale'));
    expect(count).toBeGreaterThan(5);
    const early = made.texts(LENS).length;
    expect(early).toBeLessThan(count);
    made.render('a', moby.length);
    made.render('b', 6);
    expect(made.texts(LENS)).toHaveLength(count);
    expect(new Set(made.texts(LENS).map((t) => t.toLowerCase()))).toEqual(new Set(['whale']));
  });

  it('steps to the next and previous mention, marking it and bringing it on screen', async () => {
    const made = setupHighlights([{ id: 'a', blocks: moby }]);
    const count = made.hl.lens.show('Whale');
    await made.hl.lens.step(-1);
    expect(made.hl.lens.index).toBe(count - 1);
    await made.hl.lens.step(1);
    expect(made.hl.lens.index).toBe(0);
    expect(made.revealed.at(-1)).toEqual(made.hl.lens.mentions[0]);
    expect(made.texts(LENS_CURRENT).map((t) => t.toLowerCase())).toEqual(['whale']);
    made.hl.lens.close();
    expect(made.texts(LENS)).toEqual([]);
    expect(made.hl.lens.term).toBeNull();
  });
});
