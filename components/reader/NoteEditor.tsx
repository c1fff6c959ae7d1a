import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@/lib/messaging/limits';

/** Props of NoteEditor. */
export interface NoteEditorProps {
  initial: string;
  /** The highlighted words, shown above the note (as text). */
  quote: string;
  onSave: (note: string) => void;
  onCancel: () => void;
  /** Where it floats (by the toolbar); inline in the panel without it. */
  at?: { top: number; left: number };
}

/**
 * A highlight's note: plain text in a textarea, shown everywhere as text, never as HTML.
 * Focus goes to the text at once; Ctrl+Enter (or ⌘+Enter) saves, Escape cancels.
 */
export function NoteEditor({ initial, quote, onSave, onCancel, at }: NoteEditorProps) {
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(text);
    }
  };
  const short = quote.length > 120 ? `${quote.slice(0, 120)}…` : quote;
  return (
    <div
      class={`fr-note-editor${at ? ' fr-note-floating' : ''}`}
      role={at ? 'dialog' : 'group'}
      aria-label="Note on this highlight"
      style={at ? { top: `${at.top}px`, left: `${at.left}px` } : undefined}
      data-testid="note-editor"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(text);
        }}
      >
        <blockquote class="fr-note-quote">{short}</blockquote>
        <label class="fr-visually-hidden" for="fr-note-text">
          Note
        </label>
        <textarea
          id="fr-note-text"
          ref={field}
          rows={4}
          maxLength={LIMITS.note}
          value={text}
          placeholder="Your note"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={onKeyDown}
          data-testid="note-text"
        />
        <div class="fr-note-actions">
          <button type="button" class="fr-btn fr-btn-quiet" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" class="fr-btn" data-testid="note-save">
            Save note
          </button>
        </div>
      </form>
    </div>
  );
}
