import type { BlockPoint } from '../../anchoring/types';

/** A chapter on the page, as the highlights see it. */
export interface HostChapter {
  id: string;
  /** All of its blocks have arrived (a streaming page is still loading the others). */
  complete: boolean;
  blockCount: number;
}

/** A place to show: a chapter, a block and a character in it. */
export interface HostPlace {
  chapterId: string;
  start: BlockPoint;
  end: BlockPoint;
}

/**
 * What drawing highlights needs from where the text is: the reader's view today
 * (`readerHost`), a site's own page later. Block `i` of a chapter is the chapter's block `i`
 * (lib/reader/README.md, the block-index rule), and texts are normalised as lib/anchoring says.
 */
export interface HighlightHost {
  readonly doc: Document;
  /** The chapters on the page, in text order. */
  chapters(): readonly HostChapter[];
  /** Block `block`'s element, when it is rendered. */
  elementAt(chapterId: string, block: number): Element | undefined;
  /** Block `block`'s normalised text, rendered or not. */
  text(chapterId: string, block: number): string;
  /** Blocks rendered so far in a chapter (always its first ones). */
  renderedCount(chapterId: string): number;
  /** The chapter whose section holds a node, or null. */
  chapterOf(node: Node): string | null;
  /** Listens for blocks [from, to) of a chapter being rendered; returns the unsubscribe. */
  onBlocksRendered(listener: (chapterId: string, from: number, to: number) => void): () => void;
  /** Listens for the page's story changing (chapters arriving, completing, rewritten). */
  onStoryChange(listener: () => void): () => void;
  /** Brings a place on screen (rendering its blocks first). */
  reveal(place: HostPlace): Promise<void>;
}
