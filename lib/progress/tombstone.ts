/**
 * True when a record from elsewhere (a backup) should be kept although its work was deleted:
 * only if it was written after the deletion (the reader came back to the work). A missing record
 * is never taken as a deletion (readest #4981): only an explicit tombstone is.
 */
export function survivesTombstone(updatedAt: number, deletedAt: number | undefined): boolean {
  return deletedAt === undefined || updatedAt > deletedAt;
}

/** How long a deleted work's records are kept for undo. */
export const UNDO_DELETE_MS = 24 * 60 * 60 * 1000;
