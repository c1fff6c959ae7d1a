import { describe, expect, it } from 'vitest';
import { lastReadText, relativeTime } from './relative-time';

const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);
const ago = (seconds: number) => NOW - seconds * 1000;
const MIN = 60;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it.each([
    [0, 'just now'],
    [59, 'just now'],
    [-3 * HOUR, 'just now'],
    [MIN, '1 minute ago'],
    [5 * MIN, '5 minutes ago'],
    [HOUR, '1 hour ago'],
    [23 * HOUR, '23 hours ago'],
    [DAY, 'yesterday'],
    [3 * DAY, '3 days ago'],
    [7 * DAY, 'last week'],
    [20 * DAY, '2 weeks ago'],
    [45 * DAY, 'last month'],
    [200 * DAY, '6 months ago'],
    [800 * DAY, '2 years ago'],
  ])('%i seconds ago is "%s"', (seconds, text) => {
    expect(relativeTime(ago(seconds), NOW)).toBe(text);
  });
});

describe('lastReadText', () => {
  it('says where and when', () => {
    expect(lastReadText({ chapterLabel: 'chapter 2', at: ago(3 * DAY) }, NOW)).toBe(
      'Last read: chapter 2, 3 days ago',
    );
  });

  it('says only when, when where is unknown', () => {
    expect(lastReadText({ chapterLabel: ' ', at: ago(DAY) }, NOW)).toBe('Last read yesterday');
  });
});
