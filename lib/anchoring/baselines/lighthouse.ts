import type { Baseline } from './baseline';

/**
 * A dialogue one-shot written for Fic Reader's tests: a keeper's niece arrives at an empty
 * lighthouse. First posted with four typos; then the typos fixed; then two sentences reworded.
 */

const p = (text: string) => `<p>${text}</p>`;

const POSTED = [
  'The ferry from the mainland ran twice a week in winter, and Ines had missed teh Tuesday one.',
  'So she walked the long way round, past the salt marsh and the boarded-up chapel, with her bag knocking against her knee at every step.',
  '\u201cYou\u2019ll recieve a proper welcome,\u201d the harbourmaster had written, \u201conce you find us.\u201d She was beginning to think nobody had ever found them.',
  'The lighthouse stood at the end of a spit of shingle, white once, grey now, its lamp dark in the afternoon.',
  '\u201cHello?\u201d she called at the door. Nobody answered. She knocked alot harder the second time, and the door swung open on its own.',
  'Inside it smelled of paraffin and wet wool. A kettle sat on a cold stove. On the table lay a logbook, open, its last entry three days old.',
  '\u201cSeven boats out,\u201d she read aloud. \u201cSix home.\u201d Under it, in a different hand, someone had written a single word: waiting.',
  'Ines put down her bag, filled the kettle from the rain barrel, and lit the stove. Whoever they were waiting for, she thought, would want tea.',
];

const FIXED = POSTED.map((text) =>
  text
    .replace('teh Tuesday', 'the Tuesday')
    .replace('recieve', 'receive')
    .replace('alot harder', 'a lot harder')
    .replace('a logbook, open,', 'a logbook, open;'),
);

const REWORDED = POSTED.map((text, i) => {
  if (i === 3) {
    return 'The lighthouse stood at the far end of a spit of shingle, once white and now grey, its lamp dark in the afternoon.';
  }
  if (i === 6) {
    return 'The entry listed the boats that had sailed and the boats that had come back, and the numbers did not agree. Under it, in a different hand, someone had written a single word: waiting.';
  }
  return text;
});

/** The lighthouse one-shot: typo fixes, and a sentence reworded. */
export const LIGHTHOUSE: Baseline[] = [
  {
    name: 'typo fixes',
    shape: 'dialogue one-shot',
    before: POSTED.map(p),
    after: { c1: FIXED.map(p) },
    highlights: [
      {
        label: 'a sentence holding a typo',
        from: [0, 'Ines had missed teh Tuesday one.'],
        expect: { c1: { from: [0, 'Ines had missed the Tuesday one.'] } },
      },
      {
        label: 'a sentence after a fix in its paragraph',
        from: [2, 'She was beginning'],
        to: [2, 'ever found them.'],
        expect: { c1: { from: [2, 'She was beginning to think nobody had ever found them.'] } },
      },
      {
        label: 'three words across a fix',
        from: [4, 'knocked alot harder'],
        expect: { c1: { from: [4, 'knocked a lot harder'] } },
      },
      {
        label: 'across two paragraphs',
        from: [3, 'its lamp dark'],
        to: [4, 'she called at the door.'],
        expect: { c1: { from: [3, 'its lamp dark'], to: [4, 'she called at the door.'] } },
      },
      {
        label: 'a word that occurs twice ("kettle")',
        from: [5, 'kettle'],
        expect: { c1: { from: [5, 'kettle'] } },
      },
      {
        label: 'a punctuation mark fixed inside the quote',
        from: [5, 'a logbook, open, its last entry'],
        expect: { c1: { from: [5, 'a logbook, open; its last entry'] } },
      },
      {
        label: 'an untouched paragraph',
        from: [7, 'Ines put down'],
        to: [7, 'would want tea.'],
        expect: { c1: { from: [7, 'Ines put down'], to: [7, 'would want tea.'] } },
      },
    ],
  },
  {
    name: 'a sentence reworded',
    shape: 'dialogue one-shot',
    before: POSTED.map(p),
    after: { c1: REWORDED.map(p) },
    highlights: [
      {
        label: 'the lightly reworded sentence',
        from: [3, 'The lighthouse stood'],
        to: [3, 'in the afternoon.'],
        expect: { c1: { from: [3, 'The lighthouse stood'], to: [3, 'in the afternoon.'] } },
      },
      {
        label: 'the rewritten sentence',
        from: [6, '\u201cSeven boats out,\u201d she read aloud.'],
        expect: { c1: 'orphan' },
      },
      {
        label: 'the kept end of a rewritten paragraph',
        from: [6, 'someone had written a single word: waiting.'],
        expect: { c1: { from: [6, 'someone had written a single word: waiting.'] } },
      },
      {
        label: 'one word right after the rewrite',
        from: [6, 'Under'],
        expect: { c1: { from: [6, 'Under'] } },
      },
      {
        label: 'the paragraph before it',
        from: [5, 'A kettle sat on a cold stove.'],
        expect: { c1: { from: [5, 'A kettle sat on a cold stove.'] } },
      },
    ],
  },
];
