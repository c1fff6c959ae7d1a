import { blockText } from '../../../anchoring/block-text';
import { TextRenderer } from '../../text-renderer';
import type { HighlightHost, HostPlace } from '../host';
import type { RangePainter } from '../painter';

/** A test chapter: block HTML, and whether all of it has arrived. */
export interface FakeChapter {
  id: string;
  blocks: string[];
  complete?: boolean;
  /** Blocks arrived so far (a chapter still loading); all of them by default. */
  arrived?: number;
}

/**
 * Test factory: chapters rendered the reader's way (TextRenderer) into one document, behind a
 * HighlightHost whose "rendered" blocks the test moves forward (`render`), firing the
 * onBlocksRendered listeners as the reader's pump does.
 */
export function fakeHost(chapters: FakeChapter[], rendered = Infinity) {
  const doc = document.implementation.createHTMLDocument('reader');
  const list = chapters.map((c) => ({
    ...c,
    complete: c.complete ?? true,
    arrived: c.arrived ?? c.blocks.length,
  }));
  const elements = new Map<string, Element[]>();
  const shown = new Map<string, number>();
  for (const chapter of list) {
    const section = doc.createElement('section');
    section.dataset.chapterId = chapter.id;
    const title = doc.createElement('h2');
    title.textContent = `Chapter ${chapter.id}`;
    const text = doc.createElement('div');
    section.append(title, text);
    doc.body.append(section);
    const renderer = new TextRenderer(text, 'https://archiveofourown.org/works/1');
    renderer.setBlocks(chapter.blocks, true);
    while (renderer.renderSome() > 0);
    const els = Array.from({ length: renderer.rendered }, (_, i) => renderer.elementAt(i)).filter(
      (e): e is Element => e !== undefined,
    );
    elements.set(chapter.id, els);
    shown.set(chapter.id, Math.min(els.length, rendered));
  }
  const renderedListeners = new Set<(id: string, from: number, to: number) => void>();
  const storyListeners = new Set<() => void>();
  const revealed: HostPlace[] = [];
  const count = (id: string) => shown.get(id) ?? 0;
  const host: HighlightHost = {
    doc,
    chapters: () => list.map((c) => ({ id: c.id, complete: c.complete, blockCount: c.arrived })),
    elementAt: (id, block) => (block < count(id) ? elements.get(id)?.[block] : undefined),
    text: (id, block) => {
      const el = elements.get(id)?.[block];
      return el ? blockText(el).text : '';
    },
    renderedCount: count,
    chapterOf(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return el?.closest('section[data-chapter-id]')?.getAttribute('data-chapter-id') ?? null;
    },
    onBlocksRendered: (l) => (renderedListeners.add(l), () => renderedListeners.delete(l)),
    onStoryChange: (l) => (storyListeners.add(l), () => storyListeners.delete(l)),
    reveal: async (place) => void revealed.push(place),
  };
  return {
    host,
    doc,
    revealed,
    /** The block elements of a chapter (rendered or not). */
    blocks: (id: string) => elements.get(id) ?? [],
    /** Renders a chapter's blocks up to `to` (exclusive), telling the listeners. */
    render(id: string, to: number) {
      const from = count(id);
      shown.set(id, Math.min(to, elements.get(id)?.length ?? 0));
      for (const l of renderedListeners) l(id, from, count(id));
    },
    /** All of a chapter has arrived. */
    complete(id: string) {
      const chapter = list.find((c) => c.id === id);
      if (chapter) Object.assign(chapter, { complete: true, arrived: chapter.blocks.length });
      for (const l of storyListeners) l();
    },
  };
}

/** A painter that keeps what is drawn per name (jsdom has no CSS.highlights). */
export function recordingPainter() {
  const drawn = new Map<string, Set<Range>>();
  const painter: RangePainter = {
    kind: 'css',
    add: (name, range) => void drawn.set(name, (drawn.get(name) ?? new Set()).add(range)),
    delete: (name, range) => void drawn.get(name)?.delete(range),
    clear: (name) => void drawn.delete(name),
    namesAt: () => null,
  };
  /** The normalised text of every range drawn under a name (blocks apart), in drawing order. */
  const texts = (name: string) =>
    [...(drawn.get(name) ?? [])].map((range) => {
      const holder = (range.startContainer.ownerDocument ?? document).createElement('div');
      holder.append(range.cloneContents());
      return blockText(holder).text;
    });
  return { painter, drawn, texts };
}
