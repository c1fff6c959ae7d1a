import type { ReaderView } from '../view/reader-view';
import type { HighlightHost } from './host';

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
