import { describe, expect, it } from 'vitest';
import { locateBlocks, WINDOW } from './locate-blocks';

const starts = (page: string, blocks: string[], from = 0) =>
  locateBlocks(page, blocks, from).starts;

describe('locateBlocks', () => {
  it('finds each block in order, past what the site shows between them', () => {
    const page = 'Site menu Chapter 1 First line. [ad] Second line. Third line. Comments';
    expect(starts(page, ['First line.', 'Second line.', 'Third line.'])).toEqual([
      page.indexOf('First'),
      page.indexOf('Second'),
      page.indexOf('Third'),
    ]);
  });

  it('finds repeated scene breaks each in its own place, not all at the first', () => {
    const page = 'One. * * * Two. * * * Three.';
    expect(starts(page, ['One.', '* * *', 'Two.', '* * *', 'Three.'])).toEqual([0, 5, 11, 16, 22]);
  });

  it('prefers the first line where the second follows it (a summary quoting it comes first)', () => {
    const page = 'Summary: It was a dark night. Notes. It was a dark night. The rain fell.';
    const [first, second] = starts(page, ['It was a dark night.', 'The rain fell.']);
    expect(first).toBe(page.lastIndexOf('It was a dark night.'));
    expect(second).toBe(page.indexOf('The rain fell.'));
  });

  it('does not start a chapter at a line its next line does not follow', () => {
    const page = 'Menu: Yes. Home. Chapter: Yes. No.';
    expect(starts(page, ['Yes.', 'No.'])).toEqual([page.lastIndexOf('Yes.'), page.indexOf('No.')]);
    expect(starts('Menu: Yes. Home.', ['Yes.', 'Something else.'])).toEqual([-1, -1]);
  });

  it('does not find a block the page shows differently, and goes on after it', () => {
    const page = 'Alpha. Spoiler: hidden things Beta.';
    expect(starts(page, ['Alpha.', '[Spoiler] hidden things', 'Beta.'])).toEqual([
      0,
      -1,
      page.indexOf('Beta.'),
    ]);
  });

  it('skips empty blocks (an image) without a place', () => {
    expect(starts('Before. After.', ['Before.', '', 'After.'])).toEqual([0, -1, 8]);
  });

  it('looks for a block no further than WINDOW past the one before', () => {
    const start = 'A first line long enough to be told apart.';
    const far = `${start} ${'x'.repeat(WINDOW + 10)} End.`;
    expect(starts(far, [start, 'End.'])).toEqual([0, -1]);
    const near = `${start} ${'x'.repeat(WINDOW - 100)} End.`;
    expect(starts(near, [start, 'End.'])[1]).toBe(near.indexOf('End.'));
  });

  it('starts after `from` and says where the last block found ends (the next chapter starts there)', () => {
    const page = 'One. Two. One. Two.';
    const located = locateBlocks(page, ['One.', 'Two.'], 10);
    expect(located.starts).toEqual([10, 15]);
    expect(located.end).toBe(page.length);
  });

  it('a chapter none of whose text is on the page costs a few searches, not one per block', () => {
    const page = 'a'.repeat(200_000);
    const blocks = Array.from({ length: 5_000 }, (_, i) => `missing block ${i}`);
    const t0 = performance.now();
    const located = locateBlocks(page, blocks, 0);
    expect(located.starts.every((s) => s === -1)).toBe(true);
    expect(located.end).toBe(0);
    // 5,000 open searches of 200,000 characters would take seconds.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
