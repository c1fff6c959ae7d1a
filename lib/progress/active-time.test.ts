import { describe, expect, it } from 'vitest';
import { clampActiveMs, MAX_REPORT_MS } from './active-time';

describe('clampActiveMs', () => {
  it.each([
    ['what the reader claims, within the wall time', 4000, 5000, 4000],
    ['no more than the cap per report', 10 * 60_000, 20 * 60_000, MAX_REPORT_MS],
    ['no more than the wall time since the last report (plus slack)', 60_000, 2000, 3000],
    ['nothing for a negative claim', -5, 5000, 0],
    ['nothing for NaN', Number.NaN, 5000, 0],
    ['nothing for Infinity', Number.POSITIVE_INFINITY, 5000, 0],
    ['only the slack when the wall clock went back', 5000, -100_000, 1000],
  ])('records %s', (_name, reported, wall, expected) => {
    expect(clampActiveMs(reported, wall)).toBe(expected);
  });
});
