import type { StoredTombstone } from '../db/schema';
import { mergeActivity } from '../progress/activity';
import { mergeChapter } from '../progress/chapter-state';
import { mergeHighlight } from '../progress/highlight';
import { mergeProgress } from '../progress/progress-state';
import { mergeWork } from '../progress/work-state';
import type { StoreRecords } from './format';

/** Two tombstones of a work: the later deletion (with its undo data); on a tie, `a`. */
function mergeTombstone(a: StoredTombstone, b: StoredTombstone): StoredTombstone {
  return b.deletedAt > a.deletedAt ? b : a;
}

/**
 * How two copies of a record merge, per store: lib/progress's rules (each field the newer by its
 * own clock, furthest the maximum, counters the larger, deletions and restores by their clocks).
 * These are commutative and idempotent, so an import gives the same result whichever copy is
 * ours, and importing twice changes nothing.
 */
export const MERGE: {
  [S in keyof StoreRecords]: (
    a: StoreRecords[S][number],
    b: StoreRecords[S][number],
  ) => StoreRecords[S][number];
} = {
  works: mergeWork,
  progress: mergeProgress,
  chapters: mergeChapter,
  highlights: mergeHighlight,
  activity: mergeActivity,
  tombstones: mergeTombstone,
};
