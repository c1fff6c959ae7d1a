import { describe, expect, it } from 'vitest';
import type { Position } from './position';
import { makePosition } from './testing/make';
import { wordsAdvanced } from './words-read';

const words = (id: string) => ({ ch1: 1000, ch2: 2000, ch3: 3000 })[id];
const pos = (chapterIndex: number, chapterFraction: number) =>
  makePosition(chapterIndex, 0, 0, { chapterFraction });
const minute = 60_000;

describe('wordsAdvanced', () => {
  it.each<[string, Position | undefined, Position, number, number]>([
    ['forward within a chapter', pos(0, 0.1), pos(0, 0.5), minute, 400],
    ['on into the next chapter', pos(0, 0.9), pos(1, 0.1), minute, 300],
    ['nothing backwards', pos(0, 0.5), pos(0, 0.1), minute, 0],
    ['nothing over skipped chapters', pos(0, 0.5), pos(2, 0.1), minute, 0],
    ['nothing for the first report of a tab', undefined, pos(0, 0.5), minute, 0],
    ['no more than the time allows (1,000 wpm)', pos(0, 0), pos(0, 1), 30_000, 500],
  ])('counts %s', (_name, from, to, activeMs, expected) => {
    expect(wordsAdvanced(from, to, words, activeMs)).toBe(expected);
  });

  it('counts nothing in a chapter it does not know', () => {
    const unknown = (f: number) => makePosition(7, 0, 0, { chapterId: 'x', chapterFraction: f });
    expect(wordsAdvanced(unknown(0), unknown(1), words, minute)).toBe(0);
  });
});
