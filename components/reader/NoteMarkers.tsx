import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';
import { useHighlights } from './use-highlights';

/** Props of NoteMarkers. */
export interface NoteMarkersProps {
  hl: ReaderHighlights;
  /** The scrolling element (markers near its view are placed). */
  scroller: { current: HTMLElement | null };
}

interface Marker {
  id: string;
  top: number;
  left: number;
  label: string;
}

/**
 * A small marker beside each line that starts a highlight with a note: absolutely positioned in
 * the page's column, left of the text, never inside the text (its DOM and offsets stay the
 * story's). Measured only near the screen (a group of chunks far away is not laid out), again
 * when the page's size changes (chunks laid out, settings) and as the reader scrolls.
 */
export function NoteMarkers({ hl, scroller }: NoteMarkersProps) {
  const version = useHighlights(hl, ['highlights']);
  const layer = useRef<HTMLDivElement>(null);
  const [markers, setMarkers] = useState<Marker[]>([]);
  useEffect(() => {
    const holder = layer.current?.parentElement;
    const root = scroller.current;
    if (!holder || !root) return;
    const measure = () => {
      frame = 0;
      const base = holder.getBoundingClientRect();
      const height = root.clientHeight;
      const next: Marker[] = [];
      for (const id of hl.layer.ids()) {
        const note = hl.book.get(id)?.note;
        const range = hl.layer.range(id);
        const start = range?.startContainer.parentElement;
        if (!note || !range || !start) continue;
        const near = (start.closest('.fr-group') ?? start).getBoundingClientRect();
        if (near.bottom < -height || near.top > 2 * height) continue;
        const line = range.getClientRects()[0];
        const text = start.closest('.fr-text')?.getBoundingClientRect();
        if (!line || line.height === 0 || !text) continue;
        const label = `Note: ${note.length > 80 ? `${note.slice(0, 80)}…` : note}`;
        next.push({ id, top: line.top - base.top, left: text.left - base.left - 22, label });
      }
      setMarkers(next);
    };
    let frame = 0;
    const soon = () => {
      frame ||= requestAnimationFrame(measure);
    };
    const resized = new ResizeObserver(soon);
    resized.observe(holder);
    root.addEventListener('scroll', soon, { passive: true });
    soon();
    return () => {
      resized.disconnect();
      root.removeEventListener('scroll', soon);
      cancelAnimationFrame(frame);
    };
  }, [hl, version]);
  return (
    <div class="fr-note-markers" ref={layer}>
      {markers.map((m) => (
        <button
          key={m.id}
          type="button"
          class="fr-note-marker"
          style={{ top: `${m.top}px`, left: `${m.left}px` }}
          aria-label={m.label}
          title={m.label}
          onClick={() => hl.activate(m.id, true)}
          data-testid="note-marker"
        >
          <span aria-hidden="true">✎</span>
        </button>
      ))}
    </div>
  );
}
