import { describe, expect, it } from 'vitest';
import { describeText } from '../../anchoring/describe';
import { SHAPES } from '../../anchoring/testing/shapes';
import { selectText } from '../../anchoring/testing/select-text';
import { HIGHLIGHT_SEQ_BASE } from './highlight-book';
import { setupHighlights, settle, stateWith, storedHighlight } from './testing/setup';

const p = (text: string) => `<p>${text}</p>`;
const HARBOUR = SHAPES.dialogue.slice(0, 5);

/** An anchor on the `quote` in block `block` of these block HTMLs (as the reader would store it). */
function anchorOn(blocksHtml: string[], block: number, quote: string, chapterId = 'c1') {
  const texts = blocksHtml.map((html) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const offset = texts[block]!.indexOf(quote);
  if (offset < 0) throw new Error(`no ${quote}`);
  return describeText(
    { id: chapterId, blocks: texts },
    { block, offset },
    {
      block,
      offset: offset + quote.length,
    },
  )!;
}

describe('ReaderHighlights', () => {
  it('describes a selection across two paragraphs and a scene break, stores it, and draws it again on reopening', async () => {
    const made = setupHighlights([{ id: 'c1', blocks: SHAPES.sceneBreak }]);
    const [first, , , last] = made.blocks('c1');
    made.hl.setSelection(selectText(made.doc, [first!, 'went down'], [last!, 'Morning came']));
    const id = made.hl.create('c2', 'the turn');
    const put = made.sent.find((m) => m.type === 'highlight-put');
    expect(put).toMatchObject({ highlight: { id, color: 'c2', note: 'the turn' } });
    expect(put?.seq).toBeGreaterThan(HIGHLIGHT_SEQ_BASE);
    expect(made.texts('fr-c2')).toEqual([made.hl.selection?.anchor.exact.replace(/\n+/g, ' ')]);

    const again = setupHighlights([{ id: 'c1', blocks: SHAPES.sceneBreak }]);
    const anchor = put?.type === 'highlight-put' ? put.highlight.anchor : null;
    again.hl.onReply(
      stateWith([storedHighlight('h1', { ...anchor!, chapterLength: 0 }, { color: 'c2' })]),
    );
    await settle();
    expect(again.texts('fr-c2')).toEqual(['went down the stairs. * * * Morning came']);
    expect(again.hl.placement('h1')).toMatchObject({ kind: 'placed', selector: 'block-position' });
  });

  it('draws a highlight whose blocks render later when onBlocksRendered says they are', async () => {
    const made = setupHighlights([{ id: 'c1', blocks: HARBOUR }], 1);
    made.hl.onReply(stateWith([storedHighlight('h1', anchorOn(HARBOUR, 3, 'said her brother'))]));
    await settle();
    expect(made.hl.placement('h1')?.kind).toBe('placed');
    expect(made.texts('fr-c1')).toEqual([]);
    made.render('c1', 3);
    expect(made.texts('fr-c1')).toEqual([]);
    made.render('c1', 5);
    expect(made.texts('fr-c1')).toEqual(['said her brother']);
  });

  it.each([
    ['a paragraph inserted before', [p('A new first line, added later.'), ...HARBOUR]],
    ['an author’s note at the top', [p('A/N: thank you all!'), p('* * *'), ...HARBOUR]],
    [
      'a typo fixed in the paragraph',
      [...HARBOUR.slice(0, 2), HARBOUR[2]!.replace('spiral', 'spirral'), ...HARBOUR.slice(3)],
    ],
  ])('re-anchors on the edited chapter (%s)', async (_case, edited) => {
    const made = setupHighlights([{ id: 'c1', blocks: edited }]);
    const anchor = anchorOn(HARBOUR, 2, 'The glass at the top was cold.');
    made.hl.onReply(stateWith([storedHighlight('h1', anchor)]));
    await settle();
    expect(made.texts('fr-c1')).toEqual(['The glass at the top was cold.']);
  });

  it('keeps what it cannot place as an orphan: listed, not drawn, never dropped', async () => {
    const edited = [...HARBOUR.slice(0, 2), ...HARBOUR.slice(3)];
    const made = setupHighlights([{ id: 'c1', blocks: edited }]);
    const lost = storedHighlight('lost', anchorOn(HARBOUR, 2, 'The glass at the top was cold.'), {
      note: 'keep me',
    });
    const kept = storedHighlight('kept', anchorOn(HARBOUR, 4, 'lit the lamp'));
    made.hl.onReply(stateWith([lost, kept]));
    await settle();
    expect(made.hl.placement('lost')).toMatchObject({ kind: 'orphan' });
    expect(made.texts('fr-c1')).toEqual(['lit the lamp']);
    // Other changes, and the background's list again, keep it.
    made.hl.onReply({ type: 'highlights-changed', highlights: [{ ...kept, color: 'c3' }] });
    made.hl.onReply(stateWith([lost, kept]));
    await settle();
    const items = made.hl.items();
    expect(items.map((i) => [i.highlight.id, i.placement.kind])).toEqual([
      ['lost', 'orphan'],
      ['kept', 'placed'],
    ]);
    expect(items[0]?.highlight.note).toBe('keep me');
  });

  it('never draws on other words at the stored place (same length, same block)', async () => {
    const quote = 'The glass at the top was cold.';
    const other = 'Rain fell on every roof, quiet';
    expect(other.length).toBe(quote.length);
    const edited = HARBOUR.map((b, i) => (i === 2 ? b.replace(quote, other) : b));
    const made = setupHighlights([{ id: 'c1', blocks: edited }]);
    made.hl.onReply(stateWith([storedHighlight('h1', anchorOn(HARBOUR, 2, quote))]));
    await settle();
    expect(made.hl.placement('h1')).toMatchObject({ kind: 'orphan' });
    expect(made.texts('fr-c1')).toEqual([]);
  });

  it('places a highlight only in its own chapter, even where another holds the same words', async () => {
    const made = setupHighlights([
      { id: 'c1', blocks: [p('Intro.'), ...HARBOUR] },
      { id: 'c2', blocks: HARBOUR },
    ]);
    const anchor = anchorOn(HARBOUR, 4, 'lit the lamp', 'c2');
    const elsewhere = anchorOn(HARBOUR, 4, 'lit the lamp', 'c9');
    made.hl.onReply(stateWith([storedHighlight('h2', anchor), storedHighlight('h9', elsewhere)]));
    await settle();
    const [range] = made.drawn.get('fr-c1') ?? [];
    expect(made.texts('fr-c1')).toEqual(['lit the lamp']);
    expect(made.host.chapterOf(range!.startContainer)).toBe('c2');
    expect(made.hl.placement('h9')).toEqual({ kind: 'elsewhere' });
  });

  it('waits for a chapter still arriving, then places it', async () => {
    const made = setupHighlights([{ id: 'c1', blocks: HARBOUR, complete: false, arrived: 2 }]);
    made.hl.onReply(stateWith([storedHighlight('h1', anchorOn(HARBOUR, 3, 'said her brother'))]));
    await settle();
    expect(made.hl.placement('h1')).toMatchObject({ kind: 'pending' });
    made.complete('c1');
    await settle();
    expect(made.texts('fr-c1')).toEqual(['said her brother']);
  });

  it('applies the other tabs’ changes: a new highlight appears, a removed one goes', async () => {
    const made = setupHighlights([{ id: 'c1', blocks: HARBOUR }]);
    made.hl.onReply(stateWith([]));
    const h = storedHighlight('x', anchorOn(HARBOUR, 4, 'lit the lamp'), { color: 'c4' });
    expect(made.hl.onReply({ type: 'highlights-changed', highlights: [h] })).toBe(true);
    await settle();
    expect(made.texts('fr-c4')).toEqual(['lit the lamp']);
    made.hl.onReply({ type: 'highlights-changed', highlights: [{ ...h, deletedAt: 9 }] });
    expect(made.texts('fr-c4')).toEqual([]);
  });

  it('changes colour, removes with undo, and re-attaches an orphan to the selection', async () => {
    const made = setupHighlights([{ id: 'c1', blocks: HARBOUR }]);
    const orphan = storedHighlight('o', anchorOn(['<p>Gone words here.</p>'], 0, 'Gone words'));
    made.hl.onReply(
      stateWith([storedHighlight('h', anchorOn(HARBOUR, 4, 'lit the lamp')), orphan]),
    );
    await settle();
    made.hl.setColor('h', 'c5');
    expect(made.texts('fr-c5')).toEqual(['lit the lamp']);
    made.hl.remove('h');
    expect(made.texts('fr-c5')).toEqual([]);
    expect(made.hl.notice).toEqual({ kind: 'removed', id: 'h' });
    made.hl.restore('h');
    await settle();
    expect(made.texts('fr-c5')).toEqual(['lit the lamp']);
    made.hl.setSelection(selectText(made.doc, [made.blocks('c1')[0]!, 'counted the boats']));
    expect(made.hl.reattach('o')).toBe(true);
    expect(made.hl.placement('o')?.kind).toBe('placed');
    expect(made.texts('fr-c1')).toEqual(['counted the boats']);
    expect(made.sent.map((m) => m.type)).toEqual([
      'highlight-put',
      'highlight-remove',
      'highlight-restore',
      'highlight-put',
    ]);
  });

  it('says quietly when a private window records nothing', () => {
    const made = setupHighlights([{ id: 'c1', blocks: HARBOUR }]);
    made.hl.onReply(stateWith([], false));
    made.hl.setSelection(selectText(made.doc, [made.blocks('c1')[4]!, 'lit the lamp']));
    made.hl.create('c1');
    expect(made.hl.notice).toEqual({ kind: 'not-saved', private: true });
  });
});
