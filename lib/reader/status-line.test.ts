import { describe, expect, it } from 'vitest';
import { statusLine, timeLeft, type StatusInput } from './status-line';

// 250 words a minute: 2,500 words are 10 minutes.
const WPM = 250;
const at = (over: Partial<StatusInput>): StatusInput => ({
  view: 'entire',
  chapterWords: [2500, 5000, 2500],
  chapterIndex: 0,
  wordsBefore: 0,
  atEnd: false,
  wpm: WPM,
  ...over,
});
const summary = (input: StatusInput) => {
  const s = statusLine(input);
  return [s.chapterFraction, s.workFraction, s.text];
};

describe('statusLine', () => {
  const oneShot = { view: 'single', chapterWords: [5000] } as const;
  it.each([
    ['at the start', { wordsBefore: 0 }, [undefined, 0, '20 min left in the work']],
    ['in the middle', { wordsBefore: 2500 }, [undefined, 0.5, '10 min left in the work']],
    [
      'just before the end',
      { wordsBefore: 4900 },
      [undefined, 0.98, 'Less than a minute left in the work'],
    ],
    ['at the end', { wordsBefore: 4900, atEnd: true }, [undefined, 1, 'End of the work']],
  ])('a one-shot, %s', (_when, over, expected) => {
    expect(summary(at({ ...oneShot, ...over }))).toEqual(expected);
  });

  it('reads 100% when the end of a short one-shot is on screen, wherever its top is', () => {
    // The case: the last 72% of the text fits on the screen.
    const s = statusLine(
      at({ view: 'single', chapterWords: [1000], wordsBefore: 280, atEnd: true }),
    );
    expect(s.workFraction).toBe(1);
    expect(s.text).toBe('End of the work');
  });

  it.each([
    [
      'at the start',
      { chapterIndex: 0 },
      [0, 0, '10 min left in this chapter · 40 min left in the work'],
    ],
    [
      'in the middle',
      { chapterIndex: 1, wordsBefore: 2500 },
      [0.5, 0.5, '10 min left in this chapter · 20 min left in the work'],
    ],
    [
      'in the last chapter',
      { chapterIndex: 2, wordsBefore: 1250 },
      [0.5, 0.875, '5 min left in this chapter · Last chapter'],
    ],
    ['at the end', { chapterIndex: 1, wordsBefore: 4000, atEnd: true }, [1, 1, 'End of the work']],
  ])('an entire work, %s', (_when, over, expected) => {
    expect(summary(at(over))).toEqual(expected);
  });

  it.each([
    [
      'at the start',
      { chapterIndex: 0 },
      [0, 0, '10 min left in this chapter · 40 min left on this page'],
    ],
    [
      'in the middle',
      { chapterIndex: 1, wordsBefore: 2500 },
      [0.5, 0.5, '10 min left in this chapter · 20 min left on this page'],
    ],
    [
      'in the last threadmark',
      { chapterIndex: 2, wordsBefore: 1250 },
      [0.5, 0.875, '5 min left in this chapter · Last chapter on this page'],
    ],
    ['at the end', { chapterIndex: 2, wordsBefore: 2400, atEnd: true }, [1, 1, 'End of this page']],
  ])('a forum reader page says its figures are for this page, %s', (_when, over, expected) => {
    expect(summary(at({ view: 'multi', ...over }))).toEqual(expected);
    expect(statusLine(at({ view: 'multi', ...over })).scope).toBe('page');
  });

  // Chapter 2 of 4 (2,500 words) of a 10,000-word work: the others are taken as 2,500 each.
  const chapter = (over: Partial<StatusInput>) =>
    at({
      view: 'chapter',
      chapterWords: [2500],
      workWords: 10_000,
      chapterCount: '4/4',
      chapterNumber: 2,
      ...over,
    });
  it.each([
    ['at the start', {}, [0, 0.25, '10 min left in this chapter · About 30 min left in the work']],
    [
      'in the middle',
      { wordsBefore: 1250 },
      [0.5, 0.375, '5 min left in this chapter · About 25 min left in the work'],
    ],
    [
      'at the end of the chapter',
      { wordsBefore: 2000, atEnd: true },
      [1, 0.5, 'End of the chapter · About 20 min left in the work'],
    ],
    [
      'in the last chapter',
      { chapterNumber: 4, wordsBefore: 1250 },
      [0.5, 0.875, '5 min left in this chapter · Last chapter'],
    ],
    [
      'at the end of the last chapter',
      { chapterNumber: 4, wordsBefore: 1250, atEnd: true },
      [1, 1, 'End of the work'],
    ],
    [
      'at the end of the latest chapter of a work in progress',
      { chapterNumber: 4, chapterCount: '4/?', atEnd: true },
      [1, 1, 'End of the chapter · Last chapter so far'],
    ],
    [
      'when its number is unknown',
      { chapterNumber: undefined },
      [0, undefined, '10 min left in this chapter'],
    ],
    [
      'when the work’s words are unknown',
      { workWords: undefined },
      [0, undefined, '10 min left in this chapter'],
    ],
  ])('a chapter page, %s', (_when, over, expected) => {
    expect(summary(chapter(over))).toEqual(expected);
  });

  it('marks the work figures of a chapter page as estimated', () => {
    expect(statusLine(chapter({})).estimated).toBe(true);
    expect(statusLine(at({})).estimated).toBe(false);
  });

  it('never says a minute is left at the end of a work, whatever is left below the top', () => {
    for (const view of ['single', 'entire', 'multi', 'chapter'] as const) {
      const s = statusLine(
        chapter({ view, chapterNumber: 4, wordsBefore: 2300, atEnd: true, complete: true }),
      );
      expect(s.text).not.toMatch(/min/);
    }
  });
});

describe('timeLeft', () => {
  it.each([
    [0, 'Less than a minute left'],
    [100, 'Less than a minute left'],
    [200, '1 min left'],
    [250 * 190, '3 h 10 min left'],
  ])('%i words', (words, text) => expect(timeLeft(words, WPM)).toBe(text));
});
