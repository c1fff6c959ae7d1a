import { describeRange } from '../describe';
import { chapterText } from '../normalize';
import { resolveAnchor } from '../resolve';
import { makeChapter } from '../testing/make-chapter';
import { selectText } from '../testing/select-text';
import { toRange } from '../to-range';
import type { Baseline, Expected, TextAt } from './baseline';

/**
 * Runs the edit baselines end to end: each highlight is selected in the rendered original,
 * described, resolved in each edited chapter, drawn with toRange, and compared with where it
 * must be. Needs a DOM (jsdom under Vitest).
 */

/** Right: on the expected text. Orphan: not placed. Wrong: placed anywhere else. */
export type Outcome = 'right' | 'orphan' | 'wrong';

/** One highlight in one edited chapter. */
export interface HighlightOutcome {
  case: string;
  shape: string;
  label: string;
  chapterId: string;
  expected: 'right' | 'orphan';
  outcome: Outcome;
  /** The selector that placed it, or the orphan's reason. */
  via: string;
  /** The drawn text (toRange's toString), when placed. */
  drawn: string | null;
}

/** A placed highlight counts as right when it overlaps the expected text by this much. */
export const RIGHT_OVERLAP = 0.8;

function offsetsOf(blocks: readonly string[], expected: Exclude<Expected, 'orphan'>) {
  const chapter = chapterText(blocks);
  const find = ([block, text]: TextAt) => {
    const at = blocks[block]?.indexOf(text) ?? -1;
    if (at < 0) throw new Error(`expected text not in block ${block}: ${text}`);
    return (chapter.blockStarts[block] ?? 0) + at;
  };
  const end = expected.to ?? expected.from;
  return { start: find(expected.from), end: find(end) + end[1].length };
}

/** Runs one baseline: an outcome per highlight and edited chapter. */
export function runBaseline(baseline: Baseline): HighlightOutcome[] {
  const original = makeChapter(baseline.before, 'c0');
  const el = (i: number) => {
    const element = original.rendered.element(i);
    if (!element) throw new Error(`no block ${i} in ${baseline.name}`);
    return element;
  };
  const edited = Object.entries(baseline.after).map(([id, blocks]) => makeChapter(blocks, id));
  const outcomes: HighlightOutcome[] = [];
  for (const h of baseline.highlights) {
    const range = selectText(
      original.doc,
      [el(h.from[0]), h.from[1]],
      h.to && [el(h.to[0]), h.to[1]],
    );
    const anchor = describeRange(range, original.rendered);
    if (!anchor) throw new Error(`nothing described for ${h.label}`);
    for (const chapter of edited) {
      const id = chapter.rendered.chapterId;
      const expected = h.expect[id] ?? 'orphan';
      const resolved = resolveAnchor(anchor, { blocks: chapter.texts });
      const base = {
        case: baseline.name,
        shape: baseline.shape,
        label: h.label,
        chapterId: id,
        expected: expected === 'orphan' ? ('orphan' as const) : ('right' as const),
      };
      if (resolved.kind === 'orphan') {
        outcomes.push({ ...base, outcome: 'orphan', via: resolved.reason, drawn: null });
        continue;
      }
      const texts = chapterText(chapter.texts);
      const start = (texts.blockStarts[resolved.start.block] ?? 0) + resolved.start.offset;
      const end = (texts.blockStarts[resolved.end.block] ?? 0) + resolved.end.offset;
      let right = false;
      if (expected !== 'orphan') {
        const want = offsetsOf(chapter.texts, expected);
        const overlap = Math.min(end, want.end) - Math.max(start, want.start);
        const union = Math.max(end, want.end) - Math.min(start, want.start);
        right = overlap / union >= RIGHT_OVERLAP;
      }
      const drawn = toRange(resolved, chapter.rendered, chapter.doc)?.toString() ?? null;
      outcomes.push({ ...base, outcome: right ? 'right' : 'wrong', via: resolved.selector, drawn });
    }
  }
  return outcomes;
}
