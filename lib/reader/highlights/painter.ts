import { markPainter } from './mark-painter';

/**
 * Drawing named sets of ranges (a colour, the every-mention lens). Where the CSS Custom
 * Highlight API exists (Chromium 105+, Firefox 140+) the text is never touched: each name is one
 * `Highlight` in the document's `CSS.highlights`, styled by `::highlight(name)`. Elsewhere
 * (`markPainter`) the text is wrapped in `<mark>` elements inside the blocks. Works on any
 * document: the reader's frame today, a site's own page later.
 */
export interface RangePainter {
  readonly kind: 'css' | 'marks';
  add(name: string, range: Range): void;
  delete(name: string, range: Range): void;
  /** Removes every range drawn under `name`. */
  clear(name: string): void;
  /** The names drawn at a viewport point, or null when the painter cannot tell (test every range). */
  namesAt(x: number, y: number): string[] | null;
}

/** What the frame's `CSS.highlights` offers (typed loosely: older lib.dom types lack parts). */
interface HighlightRegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, highlight: HighlightLike): void;
  highlightsFromPoint?: (x: number, y: number) => unknown[];
}
interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
  clear(): void;
  priority: number;
}
type HighlightConstructor = new (...ranges: Range[]) => HighlightLike;

/** Later names are drawn above earlier ones: the lens over the colours, its current one on top. */
const PRIORITY: Record<string, number> = { 'fr-lens': 10, 'fr-lens-current': 11 };

/** The CSS Custom Highlight API painter for a window, or null where the API is missing. */
export function cssPainter(win: Window): RangePainter | null {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS
    ?.highlights;
  const Made = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  if (!registry || !Made) return null;
  const names = new Map<unknown, string>();
  const get = (name: string) => {
    let highlight = registry.get(name);
    if (!highlight) {
      highlight = new Made();
      highlight.priority = PRIORITY[name] ?? 1;
      registry.set(name, highlight);
    }
    names.set(highlight, name);
    return highlight;
  };
  return {
    kind: 'css',
    add: (name, range) => get(name).add(range),
    delete: (name, range) => void registry.get(name)?.delete(range),
    clear: (name) => registry.get(name)?.clear(),
    namesAt(x, y) {
      if (!registry.highlightsFromPoint) return null;
      // The first shipped form returns Highlights; the current spec returns { highlight, ranges }.
      return registry
        .highlightsFromPoint(x, y)
        .map((hit) => names.get((hit as { highlight?: unknown }).highlight ?? hit))
        .filter((name): name is string => name !== undefined);
    },
  };
}

/** The best painter for a document: the CSS Custom Highlight API, else `<mark>` elements. */
export function painterFor(doc: Document): RangePainter {
  const win = doc.defaultView;
  return (win && cssPainter(win)) ?? markPainter(doc);
}
