import type { PageHighlight } from '../../messaging/reading-port';
import { placeAnchor } from '../../reader/highlights/place';
import type { Story } from '../../sites/types';
import type { PageMap } from './page-map';
import type { StoryTexts } from './story-texts';

/**
 * The reader's highlights drawn on the site's own page (issue 11: the reader switched off for
 * the site). Made there with the bar by a selection (page-highlighter.ts), edited in the reader. Anchored as the reader anchors
 * them (lib/anchoring, on the same normalised block texts) and drawn with the CSS Custom
 * Highlight API, so the page's DOM is never changed. The page's own scripts can read what is
 * drawn on it (the highlight registry and the stylesheet are the page's): the settings say so
 * where the reader is switched off for a site.
 */

/** The highlight registry names on the page, one per colour. */
export const PAGE_HIGHLIGHT_PREFIX = 'fic-reader-';

/** The reader's light-theme colours (assets/reader/highlights.css), for the site's page. */
export const COLORS: Record<PageHighlight['color'], string> = {
  c1: '#fde68a',
  c2: '#bbf7d0',
  c3: '#fecdd3',
  c4: '#ddd6fe',
  c5: '#bfdbfe',
};

/** What the page can draw with: the registry and `Highlight` (absent in older browsers). */
interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): boolean };
  make(ranges: Range[]): unknown;
}

export class PageHighlights {
  private readonly all = new Map<string, PageHighlight>();
  private style: HTMLStyleElement | null = null;
  /** How the last drawing went: highlights drawn, and those not found on this page. */
  drawn = 0;
  unplaced = 0;

  constructor(
    private readonly doc: Document,
    private readonly story: Story,
    private readonly texts: StoryTexts,
    private readonly map: () => PageMap,
    private readonly api: HighlightApi | null = highlightApi(doc),
  ) {}

  /** Takes the work's highlights (all of them, or the changed ones) and draws them again. */
  update(highlights: readonly PageHighlight[]): void {
    for (const h of highlights) {
      if (h.deletedAt === undefined) this.all.set(h.id, h);
      else this.all.delete(h.id);
    }
    this.draw();
  }

  /** Removes what was drawn (the reader opened over the page, or the page went). */
  clear(): void {
    for (const color of Object.keys(COLORS))
      this.api?.registry.delete(PAGE_HIGHLIGHT_PREFIX + color);
    this.style?.remove();
    this.style = null;
  }

  private draw(): void {
    const api = this.api;
    if (!api) return;
    const byColor = new Map<string, Range[]>();
    this.drawn = 0;
    this.unplaced = 0;
    for (const h of this.all.values()) {
      const range = this.rangeOf(h);
      if (!range) {
        if (this.story.chapters.some((c) => c.id === h.chapterId)) this.unplaced++;
        continue;
      }
      this.drawn++;
      byColor.set(h.color, [...(byColor.get(h.color) ?? []), range]);
    }
    for (const color of Object.keys(COLORS)) {
      const ranges = byColor.get(color);
      const name = PAGE_HIGHLIGHT_PREFIX + color;
      if (ranges) api.registry.set(name, api.make(ranges));
      else api.registry.delete(name);
    }
    if (this.drawn > 0) this.addStyle();
  }

  /** The page's range for a highlight, or null when its text is not on this page. */
  private rangeOf(h: PageHighlight): Range | null {
    const chapterIndex = this.story.chapters.findIndex((c) => c.id === h.chapterId);
    const chapter = this.story.chapters[chapterIndex];
    if (!chapter) return null;
    // As the reader places it (its own chapter only; a chapter still arriving only at the
    // stored place), on the same block texts.
    const blocks = this.texts.all(chapter.id);
    const found = placeAnchor(h.anchor, { id: chapter.id, complete: chapter.complete, blocks });
    if (found.kind !== 'placed') return null;
    const map = this.map();
    const first = this.exactly(map, chapterIndex, found.start.block);
    const last = this.exactly(map, chapterIndex, found.end.block);
    // A block the page shows otherwise than the reader: drawing part of it could be wrong text.
    if (first < 0 || last < 0) return null;
    const from = map.range(first, found.start.offset, found.start.offset);
    const to = map.range(last, found.end.offset, found.end.offset);
    if (!from || !to) return null;
    const range = this.doc.createRange();
    range.setStart(from.startContainer, from.startOffset);
    range.setEnd(to.endContainer, to.endOffset);
    return range.collapsed ? null : range;
  }

  /** The page's index of a block of the story, only if the page shows that very block. */
  private exactly(map: PageMap, chapterIndex: number, block: number): number {
    const i = map.indexOf(chapterIndex, block);
    return map.entry(i)?.block === block ? i : -1;
  }

  private addStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.textContent = Object.entries(COLORS)
      .map(
        ([c, bg]) =>
          `::highlight(${PAGE_HIGHLIGHT_PREFIX}${c}){background-color:${bg};color:#1a1a1a}`,
      )
      .join('\n');
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.style = style;
  }
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as
    | (Window & { Highlight?: new (...r: Range[]) => unknown; CSS?: { highlights?: unknown } })
    | null;
  const registry = win?.CSS?.highlights as HighlightApi['registry'] | undefined;
  const Highlight = win?.Highlight;
  if (!registry || !Highlight) return null;
  return { registry, make: (ranges) => new Highlight(...ranges) };
}
