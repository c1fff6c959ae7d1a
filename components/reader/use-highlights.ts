import { useEffect, useState } from 'preact/hooks';
import type { HighlightsChange, ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';

/**
 * Redraws the calling component when the highlights change (any of `changes`): returns a
 * counter that moves on each change, for memos keyed on it.
 */
export function useHighlights(
  hl: ReaderHighlights | undefined,
  changes: readonly HighlightsChange[],
): number {
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      hl?.subscribe((change) => {
        if (changes.includes(change)) setVersion((v) => v + 1);
      }),
    [hl],
  );
  return version;
}

/**
 * Follows the document's selection in the story (mouse, touch, keyboard: `selectionchange`)
 * and tells the highlights what is selected, once it has settled: at once when a pointer lets
 * go, a moment after the last change otherwise (a keyboard or touch selection grows in steps).
 */
export function useTextSelection(
  hl: ReaderHighlights | undefined,
  scroller: { current: HTMLElement | null },
): void {
  useEffect(() => {
    const root = scroller.current;
    if (!hl || !root) return;
    const doc = root.ownerDocument;
    let down = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = () => {
      const selection = doc.getSelection();
      const range =
        selection && selection.rangeCount > 0 && !selection.isCollapsed
          ? selection.getRangeAt(0)
          : null;
      hl.setSelection(range && root.contains(range.commonAncestorContainer) ? range : null);
    };
    const later = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(take, ms);
    };
    const onChange = () => {
      if (!down) later(250);
    };
    const onDown = () => (down = true);
    const onUp = () => {
      if (!down) return;
      down = false;
      later(0);
    };
    const controller = new AbortController();
    const signal = controller.signal;
    doc.addEventListener('selectionchange', onChange, { signal });
    root.addEventListener('pointerdown', onDown, { signal });
    doc.addEventListener('pointerup', onUp, { signal });
    doc.addEventListener('pointercancel', onUp, { signal });
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [hl, scroller.current]);
}
