import type { RangePainter } from './painter';

/**
 * The fallback painter where the CSS Custom Highlight API is missing: the text of a range is
 * wrapped in `<mark data-fr-hl="name">` elements inside the block elements, so block indexes do
 * not move and every offset stays the same: a mark is an inline element, which normalised text
 * (lib/anchoring/block-text.ts) does not see, and splitting a text node keeps its characters.
 * Moving a text node into a mark would move the ends of every live range inside it out to the
 * parent (DOM spec, "remove"), so the ends of every range this painter drew are noted before
 * and put back after. Removing unwraps the marks and leaves the text nodes split (the text is
 * the same; `normalize()` would move ranges' ends again).
 */

const SHOW_TEXT = 0x4;
type Part = { node: Text; from: number; to: number };

/** The text nodes a range covers, with the part of each it covers. */
function textParts(range: Range): Part[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const parts: Part[] = [];
  const consider = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (to > from && node.data.slice(from, to).trim() !== '') parts.push({ node, from, to });
  };
  if (root.nodeType === 3) consider(root as Text);
  else {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) consider(n as Text);
  }
  return parts;
}

/** A painter that wraps ranges' text in `<mark>` elements (see above). */
export function markPainter(doc: Document): RangePainter {
  const drawn = new Map<string, Map<Range, HTMLElement[]>>();

  /** Runs `move` and puts every drawn range's ends back where they were. */
  const keepingRanges = (extra: Range | null, move: () => void) => {
    const ranges = [...drawn.values()].flatMap((byRange) => [...byRange.keys()]);
    if (extra) ranges.push(extra);
    const ends = ranges.map(
      (r) => [r, r.startContainer, r.startOffset, r.endContainer, r.endOffset] as const,
    );
    move();
    for (const [range, sc, so, ec, eo] of ends) {
      range.setStart(sc, so);
      range.setEnd(ec, eo);
    }
  };
  const unwrap = (marks: HTMLElement[]) =>
    keepingRanges(null, () => {
      for (const mark of marks) mark.replaceWith(...Array.from(mark.childNodes));
    });

  return {
    kind: 'marks',
    add(name, range) {
      // Splitting first: live ranges follow a split by themselves.
      const middles = textParts(range).map(({ node, from, to }) => {
        const middle = from > 0 ? node.splitText(from) : node;
        if (to - from < middle.data.length) middle.splitText(to - from);
        return middle;
      });
      const marks = middles.map(() => {
        const mark = doc.createElement('mark');
        mark.className = 'fr-mark';
        mark.dataset.frHl = name;
        return mark;
      });
      keepingRanges(range, () => {
        middles.forEach((middle, i) => {
          const mark = marks[i];
          if (!mark) return;
          middle.before(mark);
          mark.append(middle);
        });
      });
      const byRange = drawn.get(name) ?? new Map<Range, HTMLElement[]>();
      byRange.set(range, [...(byRange.get(range) ?? []), ...marks]);
      drawn.set(name, byRange);
    },
    delete(name, range) {
      const marks = drawn.get(name)?.get(range);
      if (!marks) return;
      drawn.get(name)?.delete(range);
      unwrap(marks);
    },
    clear(name) {
      const marks = [...(drawn.get(name)?.values() ?? [])].flat();
      drawn.delete(name);
      unwrap(marks);
    },
    namesAt(x, y) {
      const names: string[] = [];
      const closest = (el: Element | null | undefined) =>
        el?.closest<HTMLElement>('mark[data-fr-hl]') ?? null;
      for (let m = closest(doc.elementFromPoint?.(x, y)); m; m = closest(m.parentElement)) {
        names.push(m.dataset.frHl ?? '');
      }
      return names;
    },
  };
}
