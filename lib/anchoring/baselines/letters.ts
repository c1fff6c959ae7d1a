import type { Baseline } from './baseline';

/**
 * An epistolary chapter written for Fic Reader's tests: two letters home with the same greeting
 * and the same closing line, so the same sentence occurs twice. Edited once by inserting
 * paragraphs, once by deleting one.
 */

const p = (text: string) => `<p>${text}</p>`;
const REFRAIN = 'Come home when you can. The kettle is always on.';

const POSTED = [
  'Dear Marta,',
  'The orchard is in bloom again and the bees found it before we did. I counted the hives this morning: eleven, one more than last year.',
  'I think of you every time the gate sticks. It still sticks. Nobody has oiled it since you left, and I have decided that nobody will.',
  'Father asks whether you are eating properly in the city. I told him you are, because that is what you would have told him.',
  REFRAIN,
  'Dear Marta,',
  'The storm took two of the old pear trees on Sunday. We stood at the window and watched them go, one and then the other, like tired men sitting down.',
  'The roof held. It leaked in exactly one place, directly above your bed, and I have moved your books to the dry side of the room.',
  REFRAIN,
  'Your sister, Agnes',
];

const INSERTED = [
  ...POSTED.slice(0, 2),
  'Mrs Orlov from the mill sends her regards, and a jar of the plum jam you liked, which I have hidden from Father.',
  ...POSTED.slice(2, 7),
  'We lost the roof of the hens\u2019 shed as well, but the hens are fine, and furious about it.',
  ...POSTED.slice(7),
];

const DELETED = POSTED.filter((_, i) => i !== 7);

/** The letters chapter: paragraphs inserted before, and the highlighted paragraph deleted. */
export const LETTERS: Baseline[] = [
  {
    name: 'a paragraph inserted before',
    shape: 'letters (a sentence twice)',
    before: POSTED.map(p),
    after: { c1: INSERTED.map(p) },
    highlights: [
      {
        label: 'the second copy of the closing line',
        from: [8, REFRAIN],
        expect: { c1: { from: [10, REFRAIN] } },
      },
      {
        label: 'the first copy of the closing line',
        from: [4, REFRAIN],
        expect: { c1: { from: [5, REFRAIN] } },
      },
      {
        label: 'the second greeting',
        from: [5, 'Dear Marta,'],
        expect: { c1: { from: [6, 'Dear Marta,'] } },
      },
      {
        label: 'a common word ("the" of "the dry side")',
        from: [7, 'the dry'],
        expect: { c1: { from: [9, 'the dry'] } },
      },
      {
        label: 'a whole paragraph',
        from: [6, 'The storm took'],
        to: [6, 'sitting down.'],
        expect: { c1: { from: [7, 'The storm took'], to: [7, 'sitting down.'] } },
      },
      {
        label: 'across the place a paragraph was inserted',
        from: [6, 'like tired men'],
        to: [7, 'The roof held.'],
        expect: { c1: 'orphan' },
      },
    ],
  },
  {
    name: 'the highlighted paragraph deleted',
    shape: 'letters (a sentence twice)',
    before: POSTED.map(p),
    after: { c1: DELETED.map(p) },
    highlights: [
      {
        label: 'a sentence of the deleted paragraph',
        from: [7, 'It leaked in exactly one place, directly above your bed,'],
        expect: { c1: 'orphan' },
      },
      {
        label: 'a common word in it ("the" of "the dry side")',
        from: [7, 'the dry'],
        expect: { c1: 'orphan' },
      },
      {
        label: 'its short first sentence',
        from: [7, 'The roof held.'],
        expect: { c1: 'orphan' },
      },
      {
        label: 'the whole deleted paragraph',
        from: [7, 'The roof held.'],
        to: [7, 'side of the room.'],
        expect: { c1: 'orphan' },
      },
      {
        label: 'the paragraph before it',
        from: [6, 'The storm took'],
        to: [6, 'sitting down.'],
        expect: { c1: { from: [6, 'The storm took'], to: [6, 'sitting down.'] } },
      },
      {
        label: 'the closing line after it (a sentence twice)',
        from: [8, REFRAIN],
        expect: { c1: { from: [7, REFRAIN] } },
      },
      {
        label: 'a word that occurs twice, after it ("kettle")',
        from: [8, 'kettle'],
        expect: { c1: { from: [7, 'kettle'] } },
      },
    ],
  },
];
