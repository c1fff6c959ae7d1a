import { describe, expect, it } from 'vitest';
import { mobyDick } from '../../tests/pages/text';
import { describePoint } from './describe';
import { resolvePosition, type PositionRule } from './resolve-position';

const BASE = mobyDick()[2]!.paragraphs; // "The Spouter-Inn": 74 paragraphs
const BLOCK = BASE.findIndex((p, i) => i > 10 && p.length > 1200);
const SPLIT = BLOCK - 2; // where the chapter is split in two
const OFFSET = BASE[BLOCK]!.indexOf(' ', 600) + 1; // a word start well inside the paragraph
const WORD = BASE[BLOCK]!.slice(OFFSET, OFFSET + 24);

const replaceIn = (blocks: string[], i: number, from: string, to: string) =>
  blocks.map((b, j) => (j === i ? b.replace(from, to) : b));

type Case = [string, PositionRule, string[], { block: number; offset: number }];

const CASES: Case[] = [
  ['the chapter unchanged', 'same-block', BASE, { block: BLOCK, offset: OFFSET }],
  [
    'a typo fixed after the point, same length',
    'context',
    replaceIn(BASE, BLOCK, BASE[BLOCK]!.slice(-12), BASE[BLOCK]!.slice(-12).toUpperCase()),
    { block: BLOCK, offset: OFFSET },
  ],
  [
    'a typo fixed before the point, one letter longer',
    'quote',
    replaceIn(BASE, BLOCK, BASE[BLOCK]!.slice(0, 10), `${BASE[BLOCK]!.slice(0, 10)}e`),
    { block: BLOCK, offset: OFFSET + 1 },
  ],
  [
    'a paragraph inserted before',
    'moved-block',
    [
      ...BASE.slice(0, 5),
      'A new paragraph the author added in the second draft.',
      ...BASE.slice(5),
    ],
    { block: BLOCK + 1, offset: OFFSET },
  ],
  [
    "an author's note added at the top",
    'moved-block',
    ["A/N: Thank you all for the comments! This chapter was beta'd by a friend.", ...BASE],
    { block: BLOCK + 1, offset: OFFSET },
  ],
  [
    'the chapter split in two: the part that moved to the next chapter',
    'moved-block',
    BASE.slice(SPLIT),
    { block: BLOCK - SPLIT, offset: OFFSET },
  ],
  [
    'the words after the point reworded a little',
    'fuzzy',
    replaceIn(
      BASE,
      BLOCK,
      WORD,
      WORD.replace(/\w+/, (w) => `${w}s`).replace(/ \w/, (w) => w.toUpperCase()),
    ),
    { block: BLOCK, offset: OFFSET },
  ],
];

describe('resolvePosition', () => {
  const anchor = describePoint(BLOCK, OFFSET, { id: 'c3', blocks: BASE })!;

  it.each(CASES)('after %s: rule %s', (_name, rule, blocks, point) => {
    expect(resolvePosition(anchor, { blocks })).toEqual({ rule, ...point });
  });

  it('falls back to the fraction it is given when nothing matches, not to the top', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => `Entirely new paragraph number ${i} here.`);
    expect(resolvePosition(anchor, { blocks }, 0.55)).toEqual({
      rule: 'fraction',
      block: 5,
      offset: 0,
    });
  });

  it('without a fraction, uses the stored offset as a share of the chapter', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => `Entirely new paragraph number ${i} here.`);
    const share = anchor.chapterStart / BASE.join('\n').length;
    expect(anchor.chapterLength).toBe(BASE.join('\n').length);
    const r = resolvePosition(anchor, { blocks });
    expect(r?.rule).toBe('fraction');
    expect(r?.block).toBe(Math.floor(share * 10));
    expect(r?.block).toBeGreaterThan(0);
  });

  it('in the first half of a chapter split in two, falls to the fraction', () => {
    expect(resolvePosition(anchor, { blocks: BASE.slice(0, SPLIT) }, 0.3)?.rule).toBe('fraction');
  });

  it('does not move to a short block that shares the fingerprint (scene breaks)', () => {
    const blocks = ['* * *', 'One.', '* * *', 'Two.', '* * *'];
    const atBreak = describePoint(2, 0, { id: 'c', blocks })!;
    const edited = ['Three.', 'Four.', 'Five.', 'Six.', '* * *'];
    expect(resolvePosition(atBreak, { blocks: edited }, 0.5)?.rule).not.toBe('moved-block');
  });

  it('gives null for a chapter with no blocks', () => {
    expect(resolvePosition(anchor, { blocks: [] })).toBeNull();
  });
});
