import { describe, expect, it } from 'vitest';
import { pointsIntoPage } from './page-address';

describe('pointsIntoPage', () => {
  it('counts a link to a comment or a footnote, not one to the story’s start', () => {
    expect(pointsIntoPage('#comments')).toBe(true);
    expect(pointsIntoPage('#comment_123')).toBe(true);
    expect(pointsIntoPage('#footnote1')).toBe(true);
    expect(pointsIntoPage('#workskin')).toBe(false);
    expect(pointsIntoPage('#chapters')).toBe(false);
    expect(pointsIntoPage('#')).toBe(false);
    expect(pointsIntoPage('')).toBe(false);
  });
});
