import { describeRange } from '../../anchoring/describe';
import type { RenderedBlocks, TextAnchorV1 } from '../../anchoring/types';
import type { HighlightHost } from './host';

/** Selected story text: its chapter and its anchor (lib/anchoring `describeRange`). */
export interface SelectionTarget {
  chapterId: string;
  anchor: TextAnchorV1;
}

/**
 * A chapter's rendered blocks for describing a selection. Texts are read up to one block past
 * the rendered ones (enough for the 32 characters of context after a selection at the end of
 * what is rendered) so that describing never reads a whole unrendered chapter.
 */
function renderedBlocks(host: HighlightHost, chapterId: string): RenderedBlocks {
  const chapter = host.chapters().find((c) => c.id === chapterId);
  const count = Math.min(chapter?.blockCount ?? 0, host.renderedCount(chapterId) + 1);
  return {
    chapterId,
    blockCount: count,
    element: (i) => host.elementAt(chapterId, i),
    text: (i) => host.text(chapterId, i),
  };
}

/**
 * What a selected range highlights: the story text inside it, in one chapter. A range that
 * spills outside the text (a title, notes, the header) is clipped to it (describeRange); one
 * that runs across two chapters of an entire work keeps the chapter it starts in (an anchor
 * belongs to one chapter). Null when no story text is selected.
 */
export function describeSelection(range: Range, host: HighlightHost): SelectionTarget | null {
  if (range.collapsed) return null;
  const ids = [host.chapterOf(range.startContainer), host.chapterOf(range.endContainer)];
  // A selection starting above the first chapter (in the work's header) belongs to the chapter it ends in.
  for (const chapterId of new Set(ids)) {
    if (!chapterId) continue;
    const anchor = describeRange(range, renderedBlocks(host, chapterId));
    if (anchor && anchor.exact !== '') return { chapterId, anchor };
  }
  return null;
}
