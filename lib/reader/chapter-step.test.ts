import { describe, expect, it } from 'vitest';
import { ARM_MS, midChapter, NEAR_EDGE_WORDS, StepGuard } from './chapter-step';

const MIDDLE = { wordsBefore: 1500, wordsLeft: 1500 };

describe('StepGuard', () => {
  it('changes chapter at once from the top or the end of a chapter', () => {
    const guard = new StepGuard();
    expect(guard.press(1, { wordsBefore: 0, wordsLeft: 3000 }, 0)).toBe('go');
    expect(guard.press(-1, { wordsBefore: 0, wordsLeft: 3000 }, 0)).toBe('go');
    expect(guard.press(1, { wordsBefore: 3000, wordsLeft: NEAR_EDGE_WORDS }, 0)).toBe('go');
    expect(guard.press(-1, null, 0)).toBe('go');
  });

  it('asks first from the middle, and goes on a second press of the same arrow in time', () => {
    const guard = new StepGuard();
    expect(guard.press(1, MIDDLE, 1000)).toBe('ask');
    expect(guard.press(1, MIDDLE, 1000 + ARM_MS)).toBe('go');
    // Spent: the next press asks again.
    expect(guard.press(1, MIDDLE, 1000 + ARM_MS + 1)).toBe('ask');
  });

  it('asks again after the time ran out, for the other arrow, and after a reset', () => {
    const guard = new StepGuard();
    expect(guard.press(1, MIDDLE, 0)).toBe('ask');
    expect(guard.press(1, MIDDLE, ARM_MS + 1)).toBe('ask');
    expect(guard.press(-1, MIDDLE, ARM_MS + 2)).toBe('ask');
    guard.reset();
    expect(guard.press(-1, MIDDLE, ARM_MS + 3)).toBe('ask');
  });

  it('counts as the middle only past the edges on both sides', () => {
    expect(midChapter({ wordsBefore: NEAR_EDGE_WORDS + 1, wordsLeft: NEAR_EDGE_WORDS + 1 })).toBe(
      true,
    );
    expect(midChapter({ wordsBefore: NEAR_EDGE_WORDS, wordsLeft: 5000 })).toBe(false);
    expect(midChapter({ wordsBefore: 5000, wordsLeft: NEAR_EDGE_WORDS })).toBe(false);
  });
});
