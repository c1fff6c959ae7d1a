import { describe, expect, it } from 'vitest';
import type { WorkSummary } from '@/lib/messaging/wire';
import { makePosition } from '@/lib/progress/testing/make';
import {
  chapterLine,
  formatAgo,
  formatDuration,
  namedChapter,
  newChaptersLine,
  siteName,
  workProgress,
} from './format';

const work = (over: Partial<WorkSummary> = {}): WorkSummary =>
  ({ chapters: { read: 0, new: 0 }, ...over }) as WorkSummary;
const at = (p: ReturnType<typeof makePosition>) => ({ ...p, at: 1 });

describe('format', () => {
  it.each([
    [0, 'no time yet'],
    [20_000, 'under a minute'],
    [12 * 60_000, '12 min'],
    [125 * 60_000, '2 h 5 min'],
    [120 * 60_000, '2 h'],
  ])('says %s ms as %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it.each([
    [10_000, 'just now'],
    [5 * 60_000, '5 minutes ago'],
    [60 * 60_000, '1 hour ago'],
    [30 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, '3 days ago'],
  ])('says %s ms ago as %s', (ago, text) => expect(formatAgo(1e12 - ago, 1e12)).toBe(text));

  it('names sites', () => {
    expect(siteName('ao3')).toBe('Archive of Our Own');
    expect(siteName('otw:squidgeworld.org')).toBe('squidgeworld.org');
    expect(siteName('web')).toBe('a web page');
  });

  it('measures progress by words when known, else by chapters', () => {
    expect(
      workProgress(work({ furthest: at(makePosition(2, 0, 0, { workFraction: 0.42 })) })),
    ).toBe(0.42);
    const byChapters = work({
      chapters: { read: 1, total: 4, new: 0 },
      furthest: at(makePosition(1, 0, 0, { chapterFraction: 0.5 })),
    });
    expect(workProgress(byChapters)).toBe(1.5 / 4);
    expect(workProgress(work())).toBe(0);
  });

  it('says where the reader is and what is new', () => {
    expect(chapterLine(work())).toBeUndefined();
    expect(
      chapterLine(work({ chapters: { read: 0, total: 12, new: 0 }, last: at(makePosition(2)) })),
    ).toBe('Chapter 3 of 12');
    expect(
      chapterLine(work({ chapters: { read: 0, total: 1, new: 0 }, last: at(makePosition(0)) })),
    ).toBe('One-shot');
    const ch3 = work({ chapters: { read: 0, total: 12, new: 0 }, last: at(makePosition(2)) });
    expect(chapterLine(ch3, 'The Spouter-Inn')).toBe('Chapter 3 of 12: The Spouter-Inn');
    expect(chapterLine(ch3, 'Chapter 3')).toBe('Chapter 3 of 12');
    expect(namedChapter(1, 'Chapter 1')).toBe('Chapter 1');
    expect(namedChapter(2, 'Loomings')).toBe('Chapter 2: Loomings');
    expect(newChaptersLine(work({ chapters: { read: 3, total: 5, new: 2 } }))).toBe(
      '2 new chapters since you read',
    );
    expect(newChaptersLine(work())).toBeUndefined();
  });
});
