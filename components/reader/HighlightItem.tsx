import { useState } from 'preact/hooks';
import type { HighlightView } from '@/lib/messaging/wire';
import { NoteEditor } from './NoteEditor';

/** Props of HighlightItem. */
export interface HighlightItemProps {
  highlight: HighlightView;
  colorName: string;
  /** Where it is, when not on this page ("3. The Storm"). */
  chapter?: string;
  /** Goes to it in the text (placed highlights). */
  onJump?: () => void;
  onNote: (note: string) => void;
  onRemove: () => void;
  /** Re-attaches it to the selected text (orphans); disabled while nothing is selected. */
  onReattach?: () => void;
  canReattach?: boolean;
  /** Opens the chapter it is in (highlights of other chapters). */
  onOpenChapter?: () => void;
}

const short = (text: string) => (text.length > 280 ? `${text.slice(0, 280)}…` : text);

/** One highlight in the panel: its colour, the words, its note (as text), and what to do. */
export function HighlightItem(props: HighlightItemProps) {
  const { highlight: h } = props;
  const [editing, setEditing] = useState(false);
  return (
    <li class={`fr-hl-item fr-hl-swatch-${h.color}`} data-testid="hl-item" data-id={h.id}>
      <span class={`fr-hl-dot fr-hl-swatch-${h.color}`} aria-hidden="true" />
      <span class="fr-hl-meta">
        {props.colorName}
        {props.chapter && ` · ${props.chapter}`}
      </span>
      {props.onJump ? (
        <button type="button" class="fr-hl-quote" onClick={props.onJump} data-testid="hl-jump">
          {short(h.anchor.exact)}
        </button>
      ) : (
        <p class="fr-hl-quote">{short(h.anchor.exact)}</p>
      )}
      {editing ? (
        <NoteEditor
          initial={h.note}
          quote={h.anchor.exact}
          onSave={(note) => (props.onNote(note), setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        h.note && (
          <p class="fr-hl-note" data-testid="hl-note-text">
            {h.note}
          </p>
        )
      )}
      <div class="fr-hl-actions">
        {props.onReattach && (
          <button
            type="button"
            class="fr-btn"
            disabled={!props.canReattach}
            onMouseDown={(e) => e.preventDefault()}
            onClick={props.onReattach}
            data-testid="hl-reattach"
          >
            Re-attach to the selection
          </button>
        )}
        {props.onOpenChapter && (
          <button type="button" class="fr-btn fr-btn-quiet" onClick={props.onOpenChapter}>
            Open its chapter
          </button>
        )}
        {!editing && (
          <button type="button" class="fr-btn fr-btn-quiet" onClick={() => setEditing(true)}>
            {h.note ? 'Edit note' : 'Add a note'}
          </button>
        )}
        <button
          type="button"
          class="fr-btn fr-btn-quiet"
          onClick={props.onRemove}
          data-testid="hl-item-remove"
        >
          Remove
        </button>
      </div>
    </li>
  );
}
