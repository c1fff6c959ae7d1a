import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, describePoint, describeRange } from './describe';
import { blockFingerprint } from './fingerprint';
import { makeChapter } from './testing/make-chapter';
import { rawPoint, selectText } from './testing/select-text';
import { SHAPES } from './testing/shapes';

function setup() {
  const chapter = makeChapter(SHAPES.dialogue);
  const el = (i: number) => chapter.rendered.element(i)!;
  return { ...chapter, el };
}

function rangeBetween(doc: Document, start: [Node, number], end: [Node, number]): Range {
  const range = doc.createRange();
  const a = rawPoint(start[0], start[1]);
  const b = rawPoint(end[0], end[1]);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

describe('describeRange', () => {
  it('takes every selector from the chapter text', () => {
    const { doc, rendered, texts, el } = setup();
    const anchor = describeRange(selectText(doc, [el(1), 'by the time']), rendered)!;
    const chapter = texts.join('\n');
    expect(anchor).toMatchObject({ chapterId: 'c1', exact: 'by the time' });
    expect(chapter.slice(anchor.chapterStart, anchor.chapterEnd)).toBe('by the time');
    expect(anchor.start).toEqual({ block: 1, offset: texts[1]!.indexOf('by the time') });
    expect(anchor.prefix).toBe(
      chapter.slice(anchor.chapterStart - CONTEXT_CHARS, anchor.chapterStart),
    );
    expect(anchor.suffix).toBe(chapter.slice(anchor.chapterEnd, anchor.chapterEnd + CONTEXT_CHARS));
    expect(anchor.blockHash).toBe(blockFingerprint(texts[1]!));
  });

  it('is plain JSON', () => {
    const { doc, rendered, el } = setup();
    const anchor = describeRange(selectText(doc, [el(2), 'spiral stair']), rendered);
    expect(JSON.parse(JSON.stringify(anchor))).toEqual(anchor);
  });

  it('clips a range from the chapter title into the text', () => {
    const { doc, rendered, title, el } = setup();
    const anchor = describeRange(rangeBetween(doc, [title, 3], [el(0), 29]), rendered)!;
    expect(anchor.exact).toBe('The lighthouse keeper counted');
    expect(anchor.start).toEqual({ block: 0, offset: 0 });
  });

  it('clips a range from the text into the end notes', () => {
    const { doc, rendered, texts, notesAfter, el } = setup();
    const anchor = describeRange(rangeBetween(doc, [el(4), 9], [notesAfter, 5]), rendered)!;
    expect(anchor.exact.startsWith('exactly why')).toBe(true);
    expect(anchor.exact.endsWith('that\u2019s all.\u201d')).toBe(true);
    expect(anchor.end).toEqual({ block: 5, offset: texts[5]!.length });
  });

  it.each([
    ['inside the title only', 'title'],
    ['inside the end notes only', 'notes'],
  ])('gives null for a range %s', (_name, where) => {
    const { doc, rendered, title, notesAfter } = setup();
    const node = where === 'title' ? title : notesAfter;
    expect(describeRange(rangeBetween(doc, [node, 1], [node, 6]), rendered)).toBeNull();
  });

  it('gives null for a range over an image block alone', () => {
    const { doc, rendered } = makeChapter(SHAPES.images);
    const range = doc.createRange();
    range.selectNode(rendered.element(1)!);
    expect(describeRange(range, rendered)).toBeNull();
  });

  it('drops whitespace at the edges of a selection', () => {
    const { doc, rendered, el } = setup();
    const anchor = describeRange(
      selectText(doc, [el(2), ' The glass at the top was cold. ']),
      rendered,
    );
    expect(anchor?.exact).toBe('The glass at the top was cold.');
  });

  it('describes a collapsed range as a position', () => {
    const { doc, rendered, el } = setup();
    const range = selectText(doc, [el(2), 'The glass']);
    range.collapse(true);
    expect(describeRange(range, rendered)).toMatchObject({
      exact: '',
      start: { block: 2 },
      suffix: expect.stringMatching(/^The glass at the top/),
    });
  });
});

describe('describePoint', () => {
  const blocks = ['The lamp was lit.', 'Seven boats went out and six came home.'];

  it('stores the block, offset, fingerprint and the text around the point', () => {
    const anchor = describePoint(1, 6, { id: 'c9', blocks })!;
    expect(anchor).toMatchObject({
      chapterId: 'c9',
      start: { block: 1, offset: 6 },
      end: { block: 1, offset: 6 },
      chapterStart: 24,
      exact: '',
      prefix: 'The lamp was lit.\nSeven ',
      suffix: 'boats went out and six came home',
      blockHash: blockFingerprint(blocks[1]!),
    });
  });

  it.each([
    [5, 0],
    [-1, 0],
  ])('gives null for a block that does not exist (%i)', (block) => {
    expect(describePoint(block, 0, { id: 'c9', blocks })).toBeNull();
  });

  it('never splits an emoji', () => {
    const anchor = describePoint(0, 1, { id: 'c9', blocks: ['\ud83c\udf0a tide'] })!;
    expect(anchor.start.offset).toBe(0);
  });
});
