/**
 * The size limits of everything a page or the reader may send the background, declared once.
 * The background refuses a message over them (lib/messaging/fields.ts); the reader trims what it
 * sends to them, so an unusually long title is cut rather than refused.
 */
export const LIMITS = {
  /** A work's id on its site (a `web` work's id is its address). */
  workId: 2048,
  siteId: 300,
  title: 1000,
  /** An author's or a fandom's name. */
  name: 500,
  authors: 100,
  fandoms: 200,
  url: 4096,
  /** A chapter count as the site states it ("3/?"). */
  chapterCount: 50,
  chapterId: 200,
  chapterTitle: 1000,
  /** Chapters described in one `open` (an entire-work page holds them all). */
  chaptersPerOpen: 5000,
  /** The reader's own tags on a work. */
  tags: 50,
  tag: 100,
  /** A highlight's note, and the highlighted text. */
  note: 20_000,
  exact: 20_000,
  /** Context kept either side of a highlight, and the quote kept with a position. */
  context: 64,
  quote: 64,
  /** A block's fingerprint. */
  blockHash: 16,
  /** A highlight's id (made by the reader, e.g. crypto.randomUUID()). */
  highlightId: 64,
  /** A block index or a character offset. */
  index: 1_000_000_000,
  /** The whole message, serialised: most requests are small; `open` lists every chapter. */
  messageBytes: 64 * 1024,
  openBytes: 2 * 1024 * 1024,
} as const;
