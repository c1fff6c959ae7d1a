/** Props of Toolbar. */
export interface ToolbarProps {
  title: string;
  panel: 'none' | 'chapters' | 'settings';
  onPanel: (panel: 'chapters' | 'settings') => void;
  onHelp: () => void;
  onClose: () => void;
  /** 0..1 through the current chapter. */
  progress: number;
  /** "9 min left in this chapter". */
  status: string;
}

/** The reader's slim top bar: chapters, settings, shortcuts, close, and the chapter's progress. */
export function Toolbar({
  title,
  panel,
  onPanel,
  onHelp,
  onClose,
  progress,
  status,
}: ToolbarProps) {
  const percent = Math.round(progress * 100);
  return (
    <header class="fr-toolbar">
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-expanded={panel === 'chapters'}
        aria-controls="fr-panel"
        onClick={() => onPanel('chapters')}
        data-testid="open-chapters"
      >
        <span aria-hidden="true">☰</span>
        <span class="fr-btn-label">Chapters</span>
      </button>
      <div class="fr-toolbar-title" title={title}>
        {title}
        {status && <span data-testid="time-left"> · {status}</span>}
      </div>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-expanded={panel === 'settings'}
        aria-controls="fr-panel"
        aria-label="Reading settings"
        onClick={() => onPanel('settings')}
        data-testid="open-settings"
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Keyboard shortcuts"
        onClick={onHelp}
      >
        <span aria-hidden="true">?</span>
      </button>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Close the reader"
        onClick={onClose}
        data-testid="close-reader"
      >
        <span aria-hidden="true">✕</span>
      </button>
      <div
        class="fr-progress"
        role="progressbar"
        aria-label="Progress through the chapter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="fr-progress-bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
    </header>
  );
}
