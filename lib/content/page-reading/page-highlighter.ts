import { describeText } from '../../anchoring/describe';
import type { BlockPoint } from '../../anchoring/types';
import type { PageHighlightInput } from '../../messaging/reading-port';
import type { HighlightNames, HighlightSlot } from '../../settings/highlight-names';
import type { Story } from '../../sites/types';
import { PageHighlightBar } from './page-highlight-bar';
import type { PageMap, PagePlace } from './page-map';
import type { StoryTexts } from './story-texts';

/** How long a selection made without a pointer (keys, touch handles) must rest before the bar shows. */
const SETTLE_MS = 300;
const SPACE = /\s/;

/** What a selection on the page highlights: its chapter's id and the anchor. */
export interface PageSelection {
  chapterId: string;
  anchor: PageHighlightInput['anchor'];
}

/** What the page's highlighter needs. */
export interface PageHighlighterDeps {
  doc: Document;
  story: Story;
  texts: StoryTexts;
  map: () => PageMap;
  names: HighlightNames;
  /** Sends a new highlight to the background; false when there is no channel to send on. */
  send: (highlight: PageHighlightInput) => boolean;
}

/**
 * Highlights made on the site's own page (issue 11, "everywhere the text is": the reader switched
 * off for the site). Select story text, pick a colour on the bar by the selection: the highlight
 * is anchored as the reader anchors one (lib/anchoring, on the reader's block texts), so it is
 * the same highlight in the reader, the library and on this page. Notes, recolouring and removal
 * stay in the reader and the library.
 */
export class PageHighlighter {
  private readonly bar: PageHighlightBar;
  private pending: PageSelection | null = null;
  private pointerDown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: PageHighlighterDeps) {
    this.bar = new PageHighlightBar(deps.doc, deps.names, (color) => this.pick(color));
  }

  /** Follows the reader's selections until `signal` aborts. */
  start(signal: AbortSignal): void {
    const { doc } = this.deps;
    const win = doc.defaultView;
    if (!win) return;
    const passive = { capture: true, passive: true, signal };
    win.addEventListener('pointerdown', () => (this.pointerDown = true), passive);
    win.addEventListener(
      'pointerup',
      () => {
        this.pointerDown = false;
        this.later(0);
      },
      passive,
    );
    doc.addEventListener(
      'selectionchange',
      () => {
        if (doc.getSelection()?.isCollapsed !== false) this.hide();
        else if (!this.pointerDown) this.later(SETTLE_MS);
      },
      { signal },
    );
    win.addEventListener('scroll', () => this.hide(), passive);
    win.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), passive);
    signal.addEventListener('abort', () => this.hide());
  }

  /** What a range of the page would highlight: the story text inside it, in one chapter. */
  selectionOf(range: Range): PageSelection | null {
    const map = this.deps.map();
    const start = map.placeOf(range.startContainer, range.startOffset, 'start');
    let end = map.placeOf(range.endContainer, range.endOffset, 'end');
    if (!start || !end) return null;
    // A highlight belongs to one chapter: a selection running into the next one stops at its end.
    if (end.chapterIndex !== start.chapterIndex) {
      const last = map.entry(map.lastOf(start.chapterIndex));
      if (!last) return null;
      end = { chapterIndex: start.chapterIndex, block: last.block, offset: last.length };
    }
    const chapter = this.deps.story.chapters[start.chapterIndex];
    if (!chapter) return null;
    const blocks = this.deps.texts.all(chapter.id);
    const [from, to] = trim(blocks, start, end);
    if (to.block < from.block || (to.block === from.block && to.offset <= from.offset)) return null;
    const anchor = describeText({ id: chapter.id, blocks }, from, to);
    return anchor && anchor.exact.trim() !== '' ? { chapterId: chapter.id, anchor } : null;
  }

  private later(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), ms);
  }

  private check(): void {
    const selection = this.deps.doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    this.pending = range && !range.collapsed ? this.selectionOf(range) : null;
    if (!this.pending || !range) return this.hide();
    this.bar.show(range.getBoundingClientRect());
  }

  private pick(color: HighlightSlot): void {
    const target = this.pending;
    if (!target) return;
    const sent = this.deps.send({ id: newId(), anchor: target.anchor, color, note: '' });
    if (sent) this.deps.doc.getSelection()?.removeAllRanges();
    this.hide();
  }

  private hide(): void {
    clearTimeout(this.timer);
    this.pending = null;
    this.bar.hide();
  }
}

/** The selection's ends moved off the spaces (and block ends) at its edges. */
function trim(
  blocks: readonly string[],
  start: PagePlace,
  end: PagePlace,
): [BlockPoint, BlockPoint] {
  const from = { block: start.block, offset: start.offset };
  const to = { block: end.block, offset: end.offset };
  const text = (b: number) => blocks[b] ?? '';
  for (;;) {
    while (
      from.offset < text(from.block).length &&
      SPACE.test(text(from.block).charAt(from.offset))
    )
      from.offset++;
    if (from.offset < text(from.block).length || from.block >= to.block) break;
    from.block++;
    from.offset = 0;
  }
  for (;;) {
    while (to.offset > 0 && SPACE.test(text(to.block).charAt(to.offset - 1))) to.offset--;
    if (to.offset > 0 || to.block <= from.block) break;
    to.block--;
    to.offset = text(to.block).length;
  }
  return [from, to];
}

/** A highlight id (crypto.randomUUID needs a secure page; some archives still serve http). */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
