import { describeText } from '../../anchoring/describe';
import { LIMITS } from '../../messaging/limits';
import type { PageHighlightInput, PageMessage } from '../../messaging/reading-port';
import type { HighlightNames, HighlightSlot } from '../../settings/highlight-names';
import type { Story } from '../../sites/types';
import { PageHighlightBar } from './page-highlight-bar';
import type { PageMap } from './page-map';
import { OTHER_SEQ_BASE } from './page-seq';
import type { StoryTexts } from './story-texts';
import { randomId } from '../random-id';

/** How long a selection made by keys or touch handles must rest before the bar shows. */
const SETTLE_MS = 300;
/** The bar shows only this soon after the reader's own pointer, key or touch. */
const INPUT_MS = 1500;

type HighlightPut = Extract<PageMessage, { type: 'highlight-put' }>;

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
  /** False while nothing is kept (a private window): then the bar is not offered. */
  recording: () => boolean;
  /** Sends a message to the background; false when there is no channel to send on. */
  send: (message: HighlightPut) => boolean;
  now?: () => number;
  /** Whether an event is the reader's own (tests stand in for the browser's isTrusted). */
  trusted?: (event: Event) => boolean;
}

/**
 * Highlights made on the site's own page (issue 11, "everywhere the text is": the reader switched
 * off for the site). Select story text, pick a colour on the bar by the selection: the highlight
 * is anchored as the reader anchors one (lib/anchoring, on the reader's block texts), so it is
 * the same highlight in the reader, the library and on this page. Notes, recolouring and removal
 * stay in the reader and the library. The page's scripts cannot make one: the bar shows only
 * after the reader's own input, and a pick counts only from a trusted click on the bar as drawn.
 */
export class PageHighlighter {
  private readonly bar: PageHighlightBar;
  private readonly now: () => number;
  private pending: { target: PageSelection; range: Range } | null = null;
  /** Sent and not yet acknowledged, by seq: sent again after a reconnection. */
  private readonly unsaved = new Map<number, { message: HighlightPut; range: Range }>();
  private seq = OTHER_SEQ_BASE;
  private pointerDown = false;
  private inputAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: PageHighlighterDeps) {
    this.now = deps.now ?? (() => performance.now());
    this.bar = new PageHighlightBar(deps.doc, deps.names, (color) => this.highlight(color));
  }

  /** Follows the reader's selections until `signal` aborts. */
  start(signal: AbortSignal): void {
    const { doc } = this.deps;
    const win = doc.defaultView;
    if (!win) return;
    const passive = { capture: true, passive: true, signal };
    // Only the reader's own input counts; events the page's scripts dispatch are not trusted.
    const trusted = this.deps.trusted ?? ((e: Event) => e.isTrusted);
    const input = (after: number) => (e: Event) => {
      if (!trusted(e)) return;
      this.inputAt = this.now();
      if (e.type === 'pointerdown') this.pointerDown = true;
      else {
        this.pointerDown = false;
        if (after >= 0) this.later(after);
      }
    };
    win.addEventListener('pointerdown', input(-1), passive);
    win.addEventListener('pointerup', input(0), passive);
    win.addEventListener('pointercancel', input(-1), passive);
    win.addEventListener('touchend', input(SETTLE_MS), passive);
    win.addEventListener('keyup', input(0), passive);
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
    const anchor = describeText({ id: chapter.id, blocks }, start, end, true);
    // What the background would refuse is not offered (an over-long quote).
    if (!anchor || anchor.exact.length > LIMITS.exact) return null;
    return { chapterId: chapter.id, anchor };
  }

  /** The background's answer to a message of ours (seq >= OTHER_SEQ_BASE). */
  acknowledge(seq: number, saved: boolean): void {
    const sent = this.unsaved.get(seq);
    if (!sent) return;
    this.unsaved.delete(seq);
    // Stored: the selection (if the reader has not moved it) gives way to the drawn highlight.
    const selection = this.deps.doc.getSelection();
    const now = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (saved && now && sameRange(now, sent.range)) selection?.removeAllRanges();
  }

  /** Highlights sent and not acknowledged (sent again when the channel reconnects). */
  unacknowledged(): HighlightPut[] {
    return [...this.unsaved.values()].map((s) => s.message);
  }

  /** A seq for another message sent outside the positions' numbering (a read mark). */
  nextSeq(): number {
    return ++this.seq;
  }

  private later(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), ms);
  }

  private check(): void {
    const selection = this.deps.doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const fresh = this.now() - this.inputAt <= INPUT_MS;
    const target =
      range && !range.collapsed && fresh && this.deps.recording() ? this.selectionOf(range) : null;
    if (!target || !range) return this.hide();
    this.pending = { target, range: range.cloneRange() };
    this.bar.show(range.getBoundingClientRect());
  }

  /** Highlights the selection the bar is showing for (the bar's swatches call this). */
  highlight(color: HighlightSlot): void {
    const pending = this.pending;
    this.hide();
    if (!pending) return;
    const message: HighlightPut = {
      type: 'highlight-put',
      seq: this.nextSeq(),
      highlight: { id: randomId(), anchor: pending.target.anchor, color, note: '' },
    };
    if (this.deps.send(message)) this.unsaved.set(message.seq, { message, range: pending.range });
  }

  private hide(): void {
    clearTimeout(this.timer);
    this.pending = null;
    this.bar.hide();
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
