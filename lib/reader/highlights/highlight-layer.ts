import type { RangePainter } from './painter';

/** True when one of a range's boxes holds a viewport point. */
export function rangeHolds(range: Range, x: number, y: number): boolean {
  // jsdom has no layout (and no getClientRects on ranges): nothing is ever hit there.
  const rects = typeof range.getClientRects === 'function' ? range.getClientRects() : [];
  for (const r of Array.from(rects)) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The drawn highlights: one range per highlight id, under its colour's name, through a painter
 * (painter.ts). Knows which highlight a click is on: the painter says which colours are drawn at
 * the point (`highlightsFromPoint` where it exists), and only those colours' ranges are
 * measured; the shortest range holding the point wins (a highlight inside another).
 */
export class HighlightLayer {
  private readonly drawn = new Map<string, { name: string; range: Range }>();

  constructor(readonly painter: RangePainter) {}

  /** Draws highlight `id` (replacing what was drawn for it). */
  draw(id: string, name: string, range: Range): void {
    this.erase(id);
    this.painter.add(name, range);
    this.drawn.set(id, { name, range });
  }

  /** Moves a drawn highlight to another colour. */
  rename(id: string, name: string): void {
    const entry = this.drawn.get(id);
    if (!entry || entry.name === name) return;
    this.painter.delete(entry.name, entry.range);
    this.painter.add(name, entry.range);
    entry.name = name;
  }

  erase(id: string): void {
    const entry = this.drawn.get(id);
    if (!entry) return;
    this.painter.delete(entry.name, entry.range);
    this.drawn.delete(id);
  }

  /** The range drawn for a highlight. */
  range(id: string): Range | undefined {
    return this.drawn.get(id)?.range;
  }

  /** The ids drawn. */
  ids(): string[] {
    return [...this.drawn.keys()];
  }

  /** The highlight drawn at a viewport point, or null. */
  idAt(x: number, y: number): string | null {
    const names = this.painter.namesAt(x, y);
    if (names && names.length === 0) return null;
    let best: { id: string; size: number } | null = null;
    for (const [id, { name, range }] of this.drawn) {
      if (names && !names.includes(name)) continue;
      if (!rangeHolds(range, x, y)) continue;
      const size = range.toString().length;
      if (!best || size < best.size) best = { id, size };
    }
    return best?.id ?? null;
  }
}
