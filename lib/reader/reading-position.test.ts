import { describe, expect, it } from 'vitest';
import { makeTestStory } from '../../tests/support/story-factory';
import { wordsLeftAfterChapter } from './reading-position';

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
