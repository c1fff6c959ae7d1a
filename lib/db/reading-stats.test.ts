import { describe, expect, it } from 'vitest';
import { readingStats } from './reading-stats';

// Wednesday 15 January 2025, noon local time.
const NOW = new Date(2025, 0, 15, 12).getTime();
const day = (d: string, minutes: number, words: number) => ({
  day: d,
  activeMs: minutes * 60_000,
  words,
});

describe('readingStats', () => {
  it('sums words and time into Monday weeks and calendar months, empty ones included', () => {
    const stats = readingStats(
      [day('2025-01-13', 10, 2000), day('2025-01-15', 5, 1000), day('2025-01-12', 20, 4000)],
      [],
      NOW,
      { weeks: 3, months: 2 },
    );
    expect(stats.weeks.map((w) => [w.start, w.words, w.activeMs / 60_000])).toEqual([
      ['2024-12-30', 0, 0],
      ['2025-01-06', 4000, 20],
      ['2025-01-13', 3000, 15],
    ]);
    expect(stats.months.map((m) => [m.start, m.words])).toEqual([
      ['2024-12-01', 0],
      ['2025-01-01', 7000],
    ]);
    expect(stats.totals).toMatchObject({ words: 7000, days: 3 });
  });

  it('counts finished read-throughs in the week and month they finished', () => {
    const finished = new Date(2025, 0, 14, 9).getTime();
    const stats = readingStats(
      [],
      [[{ startedAt: 1, finishedAt: finished }, { startedAt: 2 }]],
      NOW,
    );
    expect(stats.weeks.at(-1)?.finished).toBe(1);
    expect(stats.months.at(-1)?.finished).toBe(1);
    expect(stats.totals.finished).toBe(1);
  });

  it('measures the speed from recent days of real reading, and only with enough of it', () => {
    expect(readingStats([day('2025-01-10', 9, 2700)], [], NOW).speed).toBeUndefined();
    const stats = readingStats(
      [
        day('2025-01-10', 20, 5000),
        day('2025-01-11', 20, 5400),
        // A page opened for a few seconds, and reading from long ago, do not count.
        { day: '2025-01-12', activeMs: 5_000, words: 900 },
        day('2024-06-01', 60, 60_000),
      ],
      [],
      NOW,
    );
    expect(stats.speed).toEqual({ wpm: 260, minutes: 40 });
  });
});
