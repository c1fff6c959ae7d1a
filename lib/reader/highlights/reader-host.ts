import type { ReadingMessage, ReadingReply } from '../../messaging/reading-protocol';
import type { ReaderView, WorkRecord } from '../view/reader-view';
import type { HighlightHost } from './host';
import { ReaderHighlights } from './reader-highlights';

/** The reader view as a highlight host: its registry, its texts, its scrolling. */
export function readerHost(view: ReaderView, doc: Document): HighlightHost {
  return {
    doc,
    chapters: () =>
      view.story.chapters.map((c) => ({
        id: c.id,
        complete: c.complete,
        blockCount: c.blocks.length,
      })),
    elementAt: (chapterId, block) => view.registry.elementAt(chapterId, block),
    text: (chapterId, block) => view.texts.text(chapterId, block),
    renderedCount: (chapterId) => view.registry.renderedCount(chapterId),
    chapterOf(node) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return element?.closest('section[data-chapter-id]')?.getAttribute('data-chapter-id') ?? null;
    },
    onBlocksRendered: (listener) => view.onBlocksRendered(listener),
    onStoryChange: (listener) =>
      view.subscribe((change) => {
        if (change === 'story' || change === 'ready') listener();
      }),
    async reveal(place) {
      await view.registry.whenRendered(place.chapterId, place.end.block);
      await view.scrollTo({ chapterId: place.chapterId, ...place.start });
    },
  };
}

/**
 * Issue 11: the highlights over a view, given the record so far; `mark` times their first
 * placing for the bench.
 */
export function highlightsForView(
  view: ReaderView,
  options: {
    doc: Document;
    signal: AbortSignal;
    send: (message: ReadingMessage) => void;
    mark: (name: string, options?: PerformanceMarkOptions) => void;
    record: WorkRecord | null;
  },
): ReaderHighlights {
  const { doc, signal, send, mark, record } = options;
  const highlights = new ReaderHighlights({ host: readerHost(view, doc), send, signal });
  highlights.placer.onSettled = (stats) => mark('highlights-settled', { detail: { ...stats } });
  if (record) highlights.onReply({ type: 'state', ...record } satisfies ReadingReply);
  return highlights;
}
