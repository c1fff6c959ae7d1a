import type { Ref } from 'preact';
import { HIGHLIGHT_COLORS, type HighlightColorNames } from '@/lib/reader/highlights/colors';
import type { ColorId } from '@/lib/progress/highlight';

/** Props of HighlightToolbar. */
export interface HighlightToolbarProps {
  /** A new selection, or an existing highlight (its colour pressed, and Remove). */
  mode: 'new' | 'existing';
  names: HighlightColorNames;
  current?: ColorId;
  hasNote?: boolean;
  /** Where it sits, in the frame's viewport. */
  at: { top: number; left: number };
  onColor: (color: ColorId) => void;
  onNote: () => void;
  onCopy: () => void;
  onMentions?: () => void;
  onRemove?: () => void;
  onClose: () => void;
  toolbarRef?: Ref<HTMLDivElement>;
}

/**
 * The small toolbar by a selection or a highlight: the five colours by name, a note, copying
 * the quote, every mention of a word, and removing. A WAI-ARIA toolbar: one labelled group,
 * arrows (and Home, End) move between its buttons, Escape closes it (the reader puts focus back
 * in the text). Pressing a button keeps the text selection (mousedown does not take it).
 */
export function HighlightToolbar(props: HighlightToolbarProps) {
  const { mode, names, current } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = Array.from(
      (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button'),
    );
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const last = buttons.length - 1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key];
    if (to === undefined || at < 0) return;
    event.preventDefault();
    buttons[(to + buttons.length) % buttons.length]?.focus();
  };
  // A toolbar is not a landmark: the region around it keeps it findable (axe's "region" rule).
  return (
    <div role="region" aria-label="Highlight">
      <div
        class="fr-hl-toolbar"
        role="toolbar"
        aria-label={mode === 'new' ? 'Highlight the selected text' : 'This highlight'}
        style={{ top: `${props.at.top}px`, left: `${props.at.left}px` }}
        ref={props.toolbarRef}
        onKeyDown={onKeyDown}
        onMouseDown={(e) => e.preventDefault()}
        data-testid="hl-toolbar"
      >
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            class={`fr-hl-swatch fr-hl-swatch-${color}`}
            aria-label={mode === 'new' ? `Highlight as ${names[color]}` : `Colour: ${names[color]}`}
            title={names[color]}
            {...(mode === 'existing' ? { 'aria-pressed': current === color } : {})}
            onClick={() => props.onColor(color)}
            data-testid={`hl-color-${color}`}
          />
        ))}
        <button
          type="button"
          class="fr-btn fr-btn-quiet"
          onClick={props.onNote}
          data-testid="hl-note"
        >
          {props.hasNote ? 'Edit note' : 'Note'}
        </button>
        <button
          type="button"
          class="fr-btn fr-btn-quiet"
          onClick={props.onCopy}
          data-testid="hl-copy"
        >
          Copy
        </button>
        {props.onMentions && (
          <button
            type="button"
            class="fr-btn fr-btn-quiet"
            onClick={props.onMentions}
            data-testid="hl-mentions"
          >
            Every mention
          </button>
        )}
        {props.onRemove && (
          <button
            type="button"
            class="fr-btn fr-btn-quiet"
            onClick={props.onRemove}
            data-testid="hl-remove"
          >
            Remove
          </button>
        )}
      </div>
    </div>
  );
}
