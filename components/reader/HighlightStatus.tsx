import { useEffect } from 'preact/hooks';
import type { HighlightNotice } from '@/lib/reader/highlights/reader-highlights';

/** Props of HighlightStatus. */
export interface HighlightStatusProps {
  notice: HighlightNotice;
  onUndo: (id: string) => void;
  onDismiss: () => void;
}

/** How long a quiet notice stays (an undo stays longer). */
const SHOW_MS = 6000;

/** The notice's words. */
export function noticeText(notice: HighlightNotice): string {
  switch (notice.kind) {
    case 'removed':
      return 'Highlight removed.';
    case 'not-saved':
      return notice.private ? 'Not saved: private window.' : 'Not saved.';
    case 'refused':
      return `Not saved: ${notice.error}`;
    case 'too-long':
      return 'That is too long to highlight: select less text.';
    case 'copied':
      return 'Quote copied.';
  }
}

/** A quiet line at the bottom: what just happened to a highlight, with Undo after a removal. */
export function HighlightStatus({ notice, onUndo, onDismiss }: HighlightStatusProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, notice.kind === 'removed' ? SHOW_MS * 2 : SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div class="fr-hl-status" role="status" data-testid="hl-status">
      <span>{noticeText(notice)}</span>
      {notice.kind === 'removed' && (
        <button
          type="button"
          class="fr-btn"
          onClick={() => onUndo(notice.id)}
          data-testid="hl-undo"
        >
          Undo
        </button>
      )}
      <button type="button" class="fr-btn fr-btn-quiet" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
