import type { StatusLine } from '@/lib/reader/status-line';
import { ProgressBars } from './ProgressBars';

/** Props of Toolbar. */
export interface ToolbarProps {
  title: string;
  panel: 'none' | 'chapters' | 'settings' | 'highlights';
  onPanel: (panel: 'chapters' | 'settings' | 'highlights') => void;
  /** Shows the Highlights button (the reader has highlights to show). */
  highlights?: boolean;
  onHelp: () => void;
  onClose: () => void;
  /** Where the reader is: the bars and the time left (lib/reader/status-line.ts `statusLine`). */
  line?: StatusLine;
  /** 0..1 through the chapter, when there is no `line` (the older controller). */
  progress?: number;
  /** "9 min left in this chapter", when there is no `line`. */
  status?: string;
}

/**
 * The reader's slim top bar: chapters, the title and the time left, settings, shortcuts, close,
 * and the progress through the chapter and the work. On a narrow window the title gives way so
 * the time left is never cut off.
 */
export function Toolbar({
  title,
  panel,
  onPanel,
  onHelp,
  onClose,
  highlights,
  ...where
}: ToolbarProps) {
  const line: StatusLine = where.line ?? {
    chapterFraction: where.progress ?? 0,
    estimated: false,
    scope: 'work',
    ...(where.status ? { chapterText: where.status } : {}),
    text: where.status ?? '',
  };
  const workPercent =
    line.workFraction !== undefined &&
    line.chapterFraction !== undefined &&
    !/^End/.test(line.workText ?? '')
      ? `${Math.round(line.workFraction * 100)}% · `
      : '';
  return (
    <header class={`fr-toolbar${line.text ? ' fr-has-status' : ''}`}>
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
      <div class="fr-toolbar-text">
        <div class="fr-toolbar-title" title={title}>
          {title}
        </div>
        {line.text && (
          <div class="fr-status" data-testid="time-left">
            {line.chapterText && <span>{line.chapterText}</span>}
            {line.chapterText && line.workText && <span aria-hidden="true"> · </span>}
            {line.workText && (
              <span>
                {workPercent}
                {line.workText}
              </span>
            )}
          </div>
        )}
      </div>
      {highlights && (
        <button
          type="button"
          class="fr-btn fr-btn-quiet"
          aria-expanded={panel === 'highlights'}
          aria-controls="fr-panel"
          aria-label="Highlights and notes"
          onClick={() => onPanel('highlights')}
          data-testid="open-highlights"
        >
          <span aria-hidden="true">✎</span>
        </button>
      )}
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
      <ProgressBars line={line} />
    </header>
  );
}
