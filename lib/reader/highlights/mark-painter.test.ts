import { describe, expect, it } from 'vitest';
import { blockText } from '../../anchoring/block-text';
import { describeRange } from '../../anchoring/describe';
import { makeChapter } from '../../anchoring/testing/make-chapter';
import { SHAPES } from '../../anchoring/testing/shapes';
import { selectText } from '../../anchoring/testing/select-text';
import { markPainter } from './mark-painter';

describe('markPainter (where the CSS Custom Highlight API is missing)', () => {
  it('wraps the text in marks without moving a block index or a text offset, and unwraps it', () => {
    const chapter = makeChapter([...SHAPES.chat, ...SHAPES.sceneBreak]);
    const blocks = Array.from({ length: chapter.rendered.blockCount }, (_, i) =>
      chapter.rendered.element(i)!,
    );
    const before = blocks.map((b) => blockText(b).text);
    const painter = markPainter(chapter.doc);
    const across = selectText(chapter.doc, [blocks[0]!, 'woke up'], [blocks[2]!, 'Nobody']);
    const acrossAnchor = describeRange(across, chapter.rendered);
    painter.add('fr-c1', across);
    const inside = selectText(chapter.doc, [blocks[1]!, 'see the'], [blocks[1]!, 'lamp is lit']);
    const insideAnchor = describeRange(inside, chapter.rendered);
    painter.add('fr-c2', inside);
    painter.add('fr-c3', selectText(chapter.doc, [blocks[1]!, 'go to sleep']));

    expect(blocks.map((b) => blockText(b).text)).toEqual(before);
    expect(blocks.map((b, i) => b === chapter.rendered.element(i))).not.toContain(false);
    expect(chapter.doc.querySelectorAll('mark[data-fr-hl="fr-c3"]')).toHaveLength(1);
    expect(chapter.doc.querySelector('mark[data-fr-hl="fr-c3"]')?.textContent).toBe('go to sleep');
    // The ranges it drew still hold the same text, though their text nodes moved into marks.
    expect(describeRange(across, chapter.rendered)).toEqual(acrossAnchor);
    expect(describeRange(inside, chapter.rendered)).toEqual(insideAnchor);

    painter.clear('fr-c1');
    expect(describeRange(inside, chapter.rendered)).toEqual(insideAnchor);
    painter.delete('fr-c2', inside);
    painter.clear('fr-c3');
    expect(chapter.doc.querySelectorAll('mark')).toHaveLength(0);
    expect(blocks.map((b) => blockText(b).text)).toEqual(before);
  });
});
