import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { chapterKicker } from '@/lib/reader/chapter-heading';
import { makeTestChapter, makeTestStory } from '@/tests/support/story-factory';
import { ChapterSection } from './ChapterSection';

const BASE = 'https://www.royalroad.com/fiction/1/moby/chapter/11/loomings';

function heading(chapter = makeTestChapter(), story = makeTestStory(), index = 0) {
  render(
    <ChapterSection
      chapter={chapter}
      kicker={chapterKicker(story, chapter, index)}
      baseUrl={BASE}
      wpm={250}
      attach={() => {}}
    />,
  );
  return screen.getByRole('heading', { level: 2 });
}

describe('ChapterSection', () => {
  it('puts "Chapter N of M" above a title that does not say it', () => {
    expect(heading().textContent).toBe('Chapter 2 of 3The Seventh Boat');
  });

  it('does not number a Royal Road title twice', () => {
    const chapter = makeTestChapter({ number: 1, title: 'Chapter 1: Loomings' });
    const h = heading(chapter, makeTestStory({ site: 'royalroad', chapterCount: undefined }));
    expect(h.textContent).toBe('Chapter 1: Loomings');
    expect(h.querySelector('.fr-chapter-kicker')).toBeNull();
  });

  it('does not guess a number the page does not give', () => {
    const chapter = makeTestChapter({ number: undefined, title: 'Loomings' });
    expect(heading(chapter, makeTestStory(), 4).textContent).toBe('Loomings');
  });

  it('says the kicker once when the chapter has no title', () => {
    const chapter = makeTestChapter({ title: undefined });
    expect(heading(chapter).textContent).toBe('Chapter 2 of 3');
  });

  it('gives a one-shot a heading for screen readers only', () => {
    const story = makeTestStory({ view: 'single' });
    const h = heading(makeTestChapter({ title: undefined, number: 1 }), story);
    expect(h.textContent).toBe('The text');
    expect(h.className).toBe('fr-visually-hidden');
  });
});
