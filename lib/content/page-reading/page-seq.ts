/**
 * How the site's page numbers what it sends. Positions count from 1; highlights and read marks
 * from OTHER_SEQ_BASE, because the background answers them at once while it holds positions back
 * for up to a second: a `saved` for one of them must never acknowledge a position the background
 * has not written yet (the reader's frame numbers its highlights apart for the same reason).
 */
export const OTHER_SEQ_BASE = 1e12;

/** True when a `saved` answers a position sent as `sent` (or one sent after it). */
export function acknowledgesPosition(replySeq: number, sent: number): boolean {
  return replySeq < OTHER_SEQ_BASE && replySeq >= sent;
}
