import { describe, expect, it } from 'vitest';
import { makeTestChapter, makeTestStory } from '@/tests/support/story-factory';
import { statusLine } from './status-line';
import { storyStatusInput } from './story-status';

describe('storyStatusInput', () => {
  it('takes the chapter number and count from the site’s chapter list when the page has no number', () => {
    const url = (n: number) => `https://www.royalroad.com/fiction/1/x/chapter/${n}/c`;
    const story = makeTestStory({
      site: 'royalroad',
      chapterCount: undefined,
      words: 10_000,
      status: 'complete',
      chapters: [makeTestChapter({ id: '3', number: undefined, words: 2500 })],
      toc: [1, 2, 3, 4].map((n) => ({ title: `C${n}`, url: url(n), chapterId: String(n) })),
    });
    const input = storyStatusInput(story, { chapterIndex: 0, wordsBefore: 1250 }, false, 250);
    expect(input).toMatchObject({ chapterNumber: 3, chapterCount: '4', workWords: 10_000 });
    expect(statusLine(input).text).toBe(
      '5 min left in this chapter · About 15 min left in the work',
    );
  });

  it('says the end of a complete work is the end of the work', () => {
    const story = makeTestStory({
      chapterCount: '3/3',
      status: 'complete',
      chapters: [makeTestChapter({ number: 3 })],
    });
    const input = storyStatusInput(story, { chapterIndex: 0, wordsBefore: 100 }, true, 250);
    expect(statusLine(input).text).toBe('End of the work');
  });
});
