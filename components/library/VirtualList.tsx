import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/** Props of VirtualList. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Each row's height in px, fixed per row (the CSS keeps rows to it). */
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** The list's accessible name. */
  label: string;
  /** Rows rendered beyond the window, above and below: keyboard focus moves into them. */
  overscan?: number;
  testId?: string;
}

/** The first index whose row ends below `y` (offsets[i] is where row i starts). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A list of any length that renders only the rows near the window (10,000 works stay a few dozen
 * elements), scrolled with the page itself. Each row says its place in the whole list
 * (aria-posinset / aria-setsize), so assistive technology hears "12 of 10,000".
 */
export function VirtualList<T>({
  items,
  heightOf,
  keyOf,
  render,
  label,
  overscan = 6,
  testId,
}: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: 20 });
  // Where each row starts, and the list's height: one pass per list, not per scroll.
  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i++) out[i + 1] = (out[i] ?? 0) + heightOf(items[i] as T);
    return out;
  }, [items]);
  const measure = () => {
    const list = ref.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top;
    const start = Math.max(0, rowAt(offsets, -top) - overscan);
    const end = Math.min(items.length, rowAt(offsets, innerHeight - top) + 1 + overscan);
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  };
  useLayoutEffect(measure, [offsets]);
  useEffect(() => {
    addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, [offsets]);
  const rows = [];
  for (let i = range.start; i < Math.min(range.end, items.length); i++) {
    const item = items[i] as T;
    const top = offsets[i] ?? 0;
    rows.push(
      <li
        key={keyOf(item)}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ top: `${top}px`, height: `${(offsets[i + 1] ?? top) - top}px` }}
      >
        {render(item, i)}
      </li>,
    );
  }
  return (
    <ul
      ref={ref}
      class="virtual-list"
      aria-label={label}
      data-testid={testId}
      style={{ height: `${offsets[items.length] ?? 0}px` }}
    >
      {rows}
    </ul>
  );
}
