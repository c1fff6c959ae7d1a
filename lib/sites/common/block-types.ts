import type { UntrustedHtml } from '../types';

/** How to read one site's text. */
export interface ReadBlocksOptions {
  /** Site chrome inside the text to drop (headings for screen readers, ads...). */
  drop?: string;
  /** Selectors the page's stylesheets hide (see hiddenSelectors). */
  hiddenSelectors?: readonly string[];
  /**
   * Hidden elements to keep anyway: content the page hides behind a control (a spoiler box)
   * that the reader shows its own way (see `rewrite`).
   */
  reveal?: string;
  /** Elements that need `rewrite` (lazy images, spoilers); others are serialized as they are. */
  rewriteSelector?: string;
  /**
   * Rewrites a copy of a block before it is serialized, in place or by returning a replacement.
   * It runs before the drops, so it can still read what they remove (a spoiler's title sits in
   * its button). The copy lives in an inert document: setting an image's src loads nothing.
   */
  rewrite?: (block: Element) => unknown;
}

/** A chapter's text as blocks. */
export interface BlockText {
  blocks: UntrustedHtml[];
  /** Plain text of each block (whitespace as in the page), for recognising notes in the text. */
  texts: string[];
  /** Words in each block. */
  counts: number[];
  words: number;
  /** False when the document is still loading inside the container (the last block may be cut). */
  complete: boolean;
}
