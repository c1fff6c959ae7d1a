import type { HighlightGroup } from '@/lib/messaging/requests/library-highlight-groups';
import type { HighlightView } from '@/lib/messaging/wire';
import { fold } from './filter-works';

/** What the highlights browser is narrowed to. */
export interface HighlightFilter {
  query: string;
  color: HighlightView['color'] | '';
  fandom: string;
  work: string;
}

/** A row of the highlights browser: a work's heading, or one of its highlights. */
export type HighlightRow =
  | { kind: 'work'; group: HighlightGroup; count: number }
  | { kind: 'highlight'; group: HighlightGroup; highlight: HighlightView };

/** Groups with a folded text per highlight, made once when they arrive. */
export interface IndexedGroup {
  group: HighlightGroup;
  texts: string[];
}

/** Folds every highlight's text and note for search. */
export function indexGroup(group: HighlightGroup): IndexedGroup {
  return { group, texts: group.highlights.map((h) => fold(`${h.anchor.exact}\n${h.note}`)) };
}

/** The groups with only their matching highlights (groups left empty are dropped), in order. */
export function filterHighlights(
  groups: readonly IndexedGroup[],
  filter: HighlightFilter,
): HighlightGroup[] {
  const terms = fold(filter.query).split(/\s+/).filter(Boolean);
  const out: HighlightGroup[] = [];
  for (const { group, texts } of groups) {
    if (filter.work && group.key !== filter.work) continue;
    if (filter.fandom && !group.fandoms.includes(filter.fandom)) continue;
    const highlights = group.highlights.filter(
      (h, i) =>
        (!filter.color || h.color === filter.color) && terms.every((t) => texts[i]?.includes(t)),
    );
    if (highlights.length > 0) out.push({ ...group, highlights });
  }
  return out;
}

/** The rows to list: each work's heading, then its highlights in text order. */
export function highlightRows(groups: readonly HighlightGroup[]): HighlightRow[] {
  return groups.flatMap((group) => [
    { kind: 'work' as const, group, count: group.highlights.length },
    ...group.highlights.map((highlight) => ({ kind: 'highlight' as const, group, highlight })),
  ]);
}
