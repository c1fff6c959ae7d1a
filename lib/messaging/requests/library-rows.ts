import type { LibraryRecord } from '../../db/library-queries';
import { toWorkSummary, type WorkSummary } from '../wire';

/** A work as the library page lists and searches it. */
export interface LibraryRow {
  work: WorkSummary;
  /** Highlights (not removed), and how many carry a note. */
  highlights: number;
  notes: number;
  /** The text of its highlights and notes, one per line, for search. */
  marked: string;
}

/** The library page's row for a work. */
export function toLibraryRow({ work, progress, highlights }: LibraryRecord): LibraryRow {
  const lines: string[] = [];
  let notes = 0;
  for (const h of highlights) {
    lines.push(h.anchor.value.exact);
    if (h.note.value) {
      notes++;
      lines.push(h.note.value);
    }
  }
  return {
    work: toWorkSummary(work, progress),
    highlights: highlights.length,
    notes,
    marked: lines.join('\n'),
  };
}
