import { findMentions } from '../../anchoring/mentions';
import { toRanges } from '../../anchoring/to-range';
import type { Mention } from '../../anchoring/types';
import type { HighlightHost } from './host';
import type { RangePainter } from './painter';

/** The lens's names in the painter (`::highlight(fr-lens)`). */
export const LENS = 'fr-lens';
export const LENS_CURRENT = 'fr-lens-current';
/** The longest term the lens looks for: a word or a name, not a sentence. */
export const MAX_TERM = 80;

/** The first index in `list` (sorted by block) whose block is at least `block`. */
function firstAt(list: readonly Mention[], block: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start.block ?? 0) < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "Every mention of this name" (issue 11): every occurrence of a term in the page's chapters,
 * found once (lib/anchoring `findMentions`) and drawn as a lens of its own, never stored. Only
 * what is rendered is drawn; the rest is drawn as its blocks render (`rendered`). Next and
 * previous bring one mention on screen and mark it as the current one.
 */
export class MentionLens {
  term: string | null = null;
  mentions: Mention[] = [];
  /** The current mention (after next/previous), or -1. */
  index = -1;
  private byChapter = new Map<string, Mention[]>();

  constructor(
    private readonly host: HighlightHost,
    private readonly painter: RangePainter,
    /** A chapter's normalised block texts. */
    private readonly blocksOf: (chapterId: string) => readonly string[],
    private readonly changed: () => void,
  ) {}

  /** Shows every mention of `term`; returns how many there are. */
  show(term: string): number {
    this.clear();
    const chapters = this.host.chapters().map((c) => ({ id: c.id, blocks: this.blocksOf(c.id) }));
    this.term = term;
    this.mentions = findMentions(chapters, term);
    this.byChapter = Map.groupBy(this.mentions, (m) => m.chapterId);
    for (const c of chapters) this.draw(c.id, 0, this.host.renderedCount(c.id));
    this.changed();
    return this.mentions.length;
  }

  /** Blocks [from, to) of a chapter were rendered: draw their mentions. */
  rendered(chapterId: string, from: number, to: number): void {
    if (this.term !== null) this.draw(chapterId, from, to);
  }

  /** Moves to the next (1) or previous (-1) mention and brings it on screen. */
  async step(direction: 1 | -1): Promise<void> {
    const count = this.mentions.length;
    if (count === 0) return;
    this.index =
      this.index < 0 && direction < 0 ? count - 1 : (this.index + direction + count) % count;
    const mention = this.mentions[this.index];
    if (!mention) return;
    this.changed();
    await this.host.reveal(mention);
    if (this.mentions[this.index] !== mention) return;
    this.painter.clear(LENS_CURRENT);
    const [range] = toRanges([mention], this.elements(mention.chapterId), this.host.doc);
    if (range) this.painter.add(LENS_CURRENT, range);
  }

  /** Closes the lens. */
  close(): void {
    if (this.term === null) return;
    this.clear();
    this.changed();
  }

  private clear(): void {
    this.painter.clear(LENS);
    this.painter.clear(LENS_CURRENT);
    this.term = null;
    this.mentions = [];
    this.byChapter = new Map();
    this.index = -1;
  }

  private elements(chapterId: string) {
    return { element: (block: number) => this.host.elementAt(chapterId, block) };
  }

  private draw(chapterId: string, from: number, to: number): void {
    const list = this.byChapter.get(chapterId);
    if (!list || to <= from) return;
    const some = list.slice(firstAt(list, from), firstAt(list, to));
    for (const range of toRanges(some, this.elements(chapterId), this.host.doc)) {
      if (range) this.painter.add(LENS, range);
    }
  }
}
