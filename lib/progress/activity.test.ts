import { describe, expect, it } from 'vitest';
import { localDay, mergeActivity } from './activity';

describe('localDay', () => {
  it('names the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 9, 23, 59).getTime())).toBe('2025-01-09');
    expect(localDay(new Date(2025, 11, 31, 0, 0).getTime())).toBe('2025-12-31');
  });
});

describe('mergeActivity', () => {
  it('takes the larger of each counter, either way round', () => {
    const a = { activeMs: 500, words: 10, updatedAt: 3 };
    const b = { activeMs: 100, words: 90, updatedAt: 4 };
    expect(mergeActivity(a, b)).toEqual({ activeMs: 500, words: 90, updatedAt: 4 });
    expect(mergeActivity(b, a)).toEqual(mergeActivity(a, b));
  });
});
