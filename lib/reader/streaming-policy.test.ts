import { describe, expect, it } from 'vitest';
import { chapterWithNotesInText } from '../sites/common/story';
import type { BlockText } from '../sites/common/blocks';
import { HOLD_BACK } from './streaming-policy';

/**
 * The rule that keeps block indexes stable while a chapter streams in: whatever the reader shows
 * of a chapter still arriving (all but the last HOLD_BACK blocks) is, block for block, what the
 * chapter holds once it has arrived, even when its end turns out to be author's notes.
 */

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
function blockText(texts: string[], complete: boolean): BlockText {
  return {
    blocks: texts.map((t) => `<p>${t}</p>`),
    texts,
    counts: texts.map(words),
    words: texts.reduce((n, t) => n + words(t), 0),
    complete,
  };
}

const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `The ship sailed on through the long grey morning, day ${i}.`,
  );
const ENDINGS: Record<string, string[]> = {
  'no notes': [],
  'a labelled note': ['A/N: thanks for reading, the next chapter is with my beta.'],
  'notes after a rule': [
    '__________',
    'Thank you all for the reviews!',
    'Please review, it makes my day.',
    'Next chapter on Friday.',
  ],
  'twelve lines of notes after a rule': [
    '* * *',
    ...Array.from({ length: 11 }, (_, i) => `Thanks to reviewer ${i}!`),
  ],
};

describe('HOLD_BACK', () => {
  it.each(Object.keys(ENDINGS))('keeps shown blocks where they end up (%s)', (ending) => {
    const all = [...story(40), ...ENDINGS[ending]!];
    const final = chapterWithNotesInText(blockText(all, true), { id: '1' }).blocks;
    for (let arrived = 1; arrived <= all.length; arrived++) {
      const partial = chapterWithNotesInText(blockText(all.slice(0, arrived), false), { id: '1' });
      const shown = partial.blocks.slice(0, Math.max(0, partial.blocks.length - HOLD_BACK));
      expect(shown, `after ${arrived} blocks`).toEqual(final.slice(0, shown.length));
    }
  });
});
