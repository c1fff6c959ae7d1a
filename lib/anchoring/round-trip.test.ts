import { describe, expect, it } from 'vitest';
import { describeRange } from './describe';
import { resolveAnchor } from './resolve';
import { makeChapter } from './testing/make-chapter';
import { selectText } from './testing/select-text';
import { SHAPES } from './testing/shapes';
import { toRange } from './to-range';

type Case = {
  name: string;
  shape: keyof typeof SHAPES;
  from: [number, string];
  to?: [number, string];
  /** The anchor's quote (normalised chapter text). */
  exact: string;
  /** What the drawn range's toString() gives, when it differs from `exact`. */
  dom?: string;
};

const CASES: Case[] = [
  {
    name: 'a line of dialogue in curly quotes',
    shape: 'dialogue',
    from: [3, '\u201cYou could'],
    to: [3, 'or not.\u201d'],
    exact:
      '\u201cYou could go to bed,\u201d said her brother from the doorway. \u201cThe sea will do what it does whether you watch it or not.\u201d',
  },
  {
    name: 'across two paragraphs',
    shape: 'dialogue',
    from: [0, 'every evening'],
    to: [1, 'past the breakwater'],
    exact: 'every evening, though nobody had asked her to.\nSeven went out past the breakwater',
    dom: 'every evening, though nobody had asked her to.Seven went out past the breakwater',
  },
  {
    name: 'across <br> lines of a chat work skin',
    shape: 'chat',
    from: [1, 'go to sleep'],
    to: [1, 'not until'],
    exact: 'go to sleep keeper: not until',
    dom: 'go to sleepkeeper: not until',
  },
  {
    name: 'a sentence inside a one-paragraph chapter',
    shape: 'onePara',
    from: [0, 'It is a way I have'],
    to: [0, 'regulating the circulation.'],
    exact: 'It is a way I have of driving off the spleen and regulating the circulation.',
  },
  {
    name: 'across an image block',
    shape: 'images',
    from: [0, 'above the stove'],
    to: [2, 'She traced'],
    exact: 'above the stove.\n\nShe traced',
    dom: 'above the stove.She traced',
  },
  {
    name: 'an emoji at the start edge',
    shape: 'unicode',
    from: [0, '\ud83c\udf0a The tide'],
    exact: '\ud83c\udf0a The tide',
  },
  {
    name: 'an emoji with a skin tone at the end edge',
    shape: 'unicode',
    from: [0, 'came in.'],
    to: [0, 'in. \ud83d\udc4b\ud83c\udffd'],
    exact: 'came in. \ud83d\udc4b\ud83c\udffd',
  },
  {
    name: 'a selection ending inside a surrogate pair',
    shape: 'unicode',
    from: [2, 'kept the'],
    to: [2, 'kept the \ud835'],
    exact: 'kept the \ud835\udc59',
  },
  {
    name: 'a selection ending between a letter and its combining accent',
    shape: 'unicode',
    from: [1, 'Cafe'],
    exact: 'Caf\u0065\u0301',
  },
  {
    name: 'non-breaking spaces',
    shape: 'unicode',
    from: [2, 'Mr.\u00a0Abernathy\u00a0\u00a0kept'],
    exact: 'Mr. Abernathy kept',
    dom: 'Mr.\u00a0Abernathy\u00a0\u00a0kept',
  },
  {
    name: 'across a scene break',
    shape: 'sceneBreak',
    from: [0, 'went down'],
    to: [3, 'Morning came'],
    exact: 'went down the stairs.\n\n* * *\nMorning came',
    dom: 'went down the stairs.* * *Morning came',
  },
  {
    name: 'the second of the same sentence twice',
    shape: 'repeated',
    from: [2, 'The bell rang twice.'],
    exact: 'The bell rang twice.',
  },
  {
    name: 'a common word',
    shape: 'moby',
    from: [10, 'the'],
    exact: 'the',
  },
];

describe('describe -> resolve -> toRange', () => {
  it.each(CASES)('round-trips $name', ({ shape, from, to, exact, dom }) => {
    const chapter = makeChapter(SHAPES[shape]);
    const { doc, rendered, texts } = chapter;
    const el = (i: number) => rendered.element(i)!;
    const range = selectText(doc, [el(from[0]), from[1]], to && [el(to[0]), to[1]]);

    const anchor = describeRange(range, rendered);
    expect(anchor?.exact).toBe(exact);
    const resolved = resolveAnchor(JSON.parse(JSON.stringify(anchor)), { blocks: texts });
    expect(resolved).toMatchObject({ kind: 'position', start: anchor!.start, end: anchor!.end });
    if (resolved.kind === 'orphan') return;
    expect(toRange(resolved, rendered, doc)?.toString()).toBe(dom ?? exact);
    expect(anchor!.start.block).toBe(from[0]);
  });
});
