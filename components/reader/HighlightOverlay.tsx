import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColorNames } from '@/lib/reader/highlights/colors';
import { copyText } from '@/lib/reader/highlights/copy-text';
import { quoteText } from '@/lib/reader/highlights/export-formats';
import { chapterOf, exportWork } from '@/lib/reader/highlights/export-items';
import { MAX_TERM } from '@/lib/reader/highlights/mention-lens';
import type { ReaderHighlights } from '@/lib/reader/highlights/reader-highlights';
import type { Story } from '@/lib/sites/types';
import { HighlightStatus } from './HighlightStatus';
import { HighlightToolbar } from './HighlightToolbar';
import { LensBar } from './LensBar';
import { NoteEditor } from './NoteEditor';
import { toolbarPlace } from './toolbar-place';
import { useHighlights, useTextSelection } from './use-highlights';

/** What the reader's keys ask of the highlights (ReaderApp's shortcuts). */
export interface HighlightKeys {
  /** Escape: closes the note, the toolbar or the lens, in that order; false when none was open. */
  escape(): boolean;
  /** H: highlights the selection in the last colour used. */
  highlight(): void;
}

/** Props of HighlightOverlay. */
export interface HighlightOverlayProps {
  hl: ReaderHighlights;
  story: Story;
  names: HighlightColorNames;
  scroller: { current: HTMLElement | null };
  keys: { current: HighlightKeys | null };
}

/**
 * What floats over the text for highlights: the toolbar by a selection or a clicked highlight,
 * the note editor, the every-mention bar and the status line. Keyboard: Tab from the text moves
 * focus into an open toolbar; Escape (through ReaderApp's keys) closes it back to the text.
 */
export function HighlightOverlay({ hl, story, names, scroller, keys }: HighlightOverlayProps) {
  useHighlights(hl, ['selection', 'lens', 'notice', 'active', 'highlights']);
  useTextSelection(hl, scroller);
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const active = hl.active ? hl.book.get(hl.active.id) : undefined;
  const existing = active && active.deletedAt === undefined ? active : undefined;
  const target = existing ? null : hl.selection;
  const editing = existing && hl.active?.note;
  const open = Boolean(existing || target);
  const doc = scroller.current?.ownerDocument;

  const rangeNow = () =>
    existing
      ? hl.layer.range(existing.id)
      : doc?.getSelection()?.rangeCount
        ? doc.getSelection()?.getRangeAt(0)
        : null;
  const place = () => {
    const win = doc?.defaultView;
    if (!win || !open) return setAt(null);
    const top = scroller.current?.getBoundingClientRect().top ?? 0;
    const size = bar.current?.getBoundingClientRect();
    const view = { width: win.innerWidth, height: win.innerHeight, top };
    setAt(toolbarPlace(rangeNow(), view, size?.width ? size : undefined) ?? at);
  };
  useLayoutEffect(place, [open, existing?.id, target, Boolean(bar.current)]);
  useEffect(() => {
    const root = scroller.current;
    if (!root || !open) return;
    let frame = 0;
    const soon = () => (frame ||= requestAnimationFrame(() => ((frame = 0), place())));
    root.addEventListener('scroll', soon, { passive: true });
    return () => (root.removeEventListener('scroll', soon), cancelAnimationFrame(frame));
  }, [open, existing?.id, target]);

  const backToText = () => scroller.current?.focus({ preventScroll: true });
  const clearSelection = () => doc?.getSelection()?.removeAllRanges();
  const close = () => {
    const inside = bar.current?.contains(doc?.activeElement ?? null);
    hl.activate(null);
    hl.setSelection(null);
    if (inside || editing) backToText();
  };
  const create = (color = hl.lastColor, note = false) => {
    const id = hl.create(color);
    clearSelection();
    hl.setSelection(null);
    if (id && note) hl.activate(id, true);
  };
  keys.current = {
    escape() {
      if (editing && existing) return (hl.activate(existing.id), backToText(), true);
      if (open) return (close(), true);
      if (hl.lens.term !== null) return (hl.lens.close(), true);
      return false;
    },
    highlight() {
      // The toolbar may have been dismissed (Escape) with the text still selected: H takes it.
      if (!hl.selection) {
        const selection = doc?.getSelection();
        const range = selection && !selection.isCollapsed ? selection.getRangeAt(0) : null;
        if (range && scroller.current?.contains(range.commonAncestorContainer)) {
          hl.setSelection(range);
        }
      }
      if (hl.selection) create();
    },
  };

  // Tab from the text goes into the open toolbar.
  useEffect(() => {
    if (!doc || !open) return;
    const onKey = (event: KeyboardEvent) => {
      const focused = doc.activeElement;
      if (event.key !== 'Tab' || event.shiftKey || !bar.current) return;
      if (bar.current.contains(focused) || doc.querySelector('.fr-note-editor')?.contains(focused))
        return;
      if (focused !== doc.body && focused !== scroller.current) return;
      event.preventDefault();
      bar.current.querySelector('button')?.focus();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [open, doc]);

  // A click on a highlight (not the end of a selection) opens its toolbar.
  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      if (doc?.getSelection()?.isCollapsed === false) return;
      const id = hl.idAt(event.clientX, event.clientY);
      if (id || hl.active) hl.activate(id);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [hl, scroller.current]);

  const quote = existing?.anchor.exact ?? target?.anchor.exact ?? '';
  const copy = () => {
    const chapterId = existing?.chapterId ?? target?.chapterId ?? '';
    const { label, url } = chapterOf(story, chapterId);
    const text = quoteText(exportWork(story), { quote, chapter: label, url });
    if (doc) void copyText(doc, text).then((ok) => ok && hl.tell({ kind: 'copied' }));
  };
  const term = quote.trim();
  const canLens = term.length > 0 && term.length <= MAX_TERM && !term.includes('\n');

  return (
    <>
      {open && (
        <HighlightToolbar
          mode={existing ? 'existing' : 'new'}
          names={names}
          {...(existing ? { current: existing.color, hasNote: existing.note !== '' } : {})}
          at={at ?? { top: -1000, left: 0 }}
          toolbarRef={bar}
          onColor={(color) => (existing ? hl.setColor(existing.id, color) : create(color))}
          onNote={() => (existing ? hl.activate(existing.id, true) : create(hl.lastColor, true))}
          onCopy={copy}
          {...(canLens ? { onMentions: () => (hl.lens.show(term), close()) } : {})}
          {...(existing ? { onRemove: () => (hl.remove(existing.id), close()) } : {})}
          onClose={close}
        />
      )}
      {editing && existing && at && (
        <NoteEditor
          key={existing.id}
          initial={existing.note}
          quote={existing.anchor.exact}
          at={{ top: at.top + 52, left: at.left }}
          onSave={(note) => (hl.setNote(existing.id, note), close(), backToText())}
          onCancel={() => (hl.activate(existing.id), backToText())}
        />
      )}
      {hl.lens.term !== null && (
        <LensBar
          term={hl.lens.term}
          count={hl.lens.mentions.length}
          index={hl.lens.index}
          onStep={(direction) => void hl.lens.step(direction)}
          onClose={() => hl.lens.close()}
        />
      )}
      {hl.notice && (
        <HighlightStatus
          notice={hl.notice}
          onUndo={(id) => hl.restore(id)}
          onDismiss={() => hl.tell(null)}
        />
      )}
    </>
  );
}
