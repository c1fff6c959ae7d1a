import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Props of VirtualList. */
export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row's height in px (rows are laid out at fixed offsets). */
  rowHeight: number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** The list's accessible name. */
  label: string;
  /** Rows rendered beyond the window, above and below: keyboard focus moves into them. */
  overscan?: number;
  testId?: string;
}

/**
 * A list of any length that renders only the rows near the window (10,000 works stay a few dozen
 * elements), scrolled with the page itself. Each row says its place in the whole list
 * (aria-posinset / aria-setsize), so assistive technology hears "12 of 10,000".
 */
export function VirtualList<T>({
  items,
  rowHeight,
  keyOf,
  render,
  label,
  overscan = 6,
  testId,
}: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: 30 });
  const measure = () => {
    const list = ref.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top;
    const first = Math.floor(-top / rowHeight) - overscan;
    const last = Math.ceil((innerHeight - top) / rowHeight) + overscan;
    const start = Math.max(0, Math.min(items.length, first));
    const end = Math.max(start, Math.min(items.length, last));
    setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
  };
  useLayoutEffect(measure, [items, rowHeight]);
  useEffect(() => {
    addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, [items, rowHeight]);
  const rows = [];
  for (let i = range.start; i < Math.min(range.end, items.length); i++) {
    const item = items[i] as T;
    rows.push(
      <li
        key={keyOf(item)}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
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
      style={{ height: `${items.length * rowHeight}px` }}
    >
      {rows}
    </ul>
  );
}
