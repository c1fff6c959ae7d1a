import { paras } from '../../../tests/pages/html';
import { mobyDick } from '../../../tests/pages/text';
import type { Baseline, BaselineHighlight } from './baseline';

/**
 * Moby-Dick's "The Spouter-Inn" (public domain; 74 paragraphs, "the" 300 times, "harpooneer"
 * in both halves) posted as one chapter, then split by its author into two chapters. A highlight
 * in the half that moved must be an orphan in the first chapter and be found in the second.
 */

const PARAGRAPHS = mobyDick()[2]?.paragraphs ?? [];
const SPLIT = Math.floor(PARAGRAPHS.length / 2);
const text = (i: number) => PARAGRAPHS[i] ?? '';
const firstSentence = (i: number) => text(i).split(/(?<=[.!?;])\s/)[0] ?? '';
const lastWords = (i: number) =>
  text(i)
    .slice(-30)
    .replace(/^\S*\s/, '');
const firstWords = (i: number) =>
  text(i)
    .slice(0, 30)
    .replace(/\s\S*$/, '');

/** A highlight on paragraph(s) of the posted chapter and where it must be after the split. */
function highlight(
  label: string,
  from: [number, string],
  to?: [number, string],
): BaselineHighlight {
  const inSecond = from[0] >= SPLIT;
  const spans = to !== undefined && to[0] >= SPLIT !== inSecond;
  const at = (shift: number) => ({
    from: [from[0] - shift, from[1]] as const,
    ...(to ? { to: [to[0] - shift, to[1]] as const } : {}),
  });
  return {
    label,
    from,
    ...(to ? { to } : {}),
    expect: {
      c3: spans || inSecond ? 'orphan' : at(0),
      c3b: spans || !inSecond ? 'orphan' : at(SPLIT),
    },
  };
}

const blocks = (from: number, to?: number) => paras(PARAGRAPHS.slice(from, to)).split('\n');

/** The Spouter-Inn, split in two. */
export const MOBY_SPLIT: Baseline[] = [
  {
    name: 'a chapter split in two',
    shape: 'long chapter (Moby-Dick)',
    before: blocks(0),
    after: { c3: blocks(0, SPLIT), c3b: blocks(SPLIT) },
    highlights: [
      highlight('a sentence in the first half', [5, firstSentence(5)]),
      highlight(
        'across two paragraphs of the first half',
        [10, lastWords(10)],
        [11, firstWords(11)],
      ),
      highlight('the last sentence of the first half', [SPLIT - 1, lastWords(SPLIT - 1)]),
      highlight('across the split', [SPLIT - 1, lastWords(SPLIT - 1)], [SPLIT, firstWords(SPLIT)]),
      highlight('the first words of the second half', [SPLIT, firstWords(SPLIT)]),
      highlight('a sentence in the second half', [SPLIT + 8, firstSentence(SPLIT + 8)]),
      highlight('a common word in the second half ("the")', [SPLIT + 5, 'the']),
      highlight('a name in both halves ("harpooneer")', [SPLIT + 6, 'harpooneer']),
    ],
  },
];
