import { useState } from 'preact/hooks';
import type { StagedImport } from '@/lib/backup/backup-client';
import type { ImportPreview } from '@/lib/backup/port-protocol';
import { previewSentence } from './preview-text';

/** Props of ImportPreviewPanel. */
export interface ImportPreviewPanelProps {
  staged: StagedImport;
  onDone: (result: ImportPreview) => void;
  onError: (message: string) => void;
  onCancel: () => void;
}

/** What an import will change, before anything is written, and the reader's go-ahead. */
export function ImportPreviewPanel({ staged, onDone, onError, onCancel }: ImportPreviewPanelProps) {
  const { preview, warnings, exportedAt, hasSettings } = staged;
  const [restoreDeleted, setRestoreDeleted] = useState(false);
  const [settings, setSettings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<{ written: number; total: number }>();
  const commit = async () => {
    setBusy(true);
    try {
      onDone(
        await staged.commit({ restoreDeleted, settings }, (n, total) =>
          setWritten({ written: n, total }),
        ),
      );
    } catch (error) {
      onError((error as Error).message);
    }
  };
  const date = new Date(exportedAt).toLocaleString('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return (
    <section
      class="card import-preview"
      aria-labelledby="preview-title"
      data-testid="import-preview"
    >
      <h3 id="preview-title">Import this backup?</h3>
      <p class="muted">Made on {date}. Nothing has been changed yet.</p>
      <p data-testid="preview-sentence">{previewSentence(preview)}</p>
      <p class="muted">
        Newer reading wins, place by place; the furthest point read is kept; highlights are added to
        yours; nothing is listed twice.
      </p>
      {warnings.length > 0 && (
        <ul class="warnings" aria-label="Cleaned on the way in">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {preview.deletedHere > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={restoreDeleted}
            onChange={(e) => setRestoreDeleted((e.target as HTMLInputElement).checked)}
          />
          Bring back {preview.deletedHere} work{preview.deletedHere === 1 ? '' : 's'} you deleted
          here since (otherwise they stay deleted)
        </label>
      )}
      {hasSettings && (
        <label class="check">
          <input
            type="checkbox"
            checked={settings}
            onChange={(e) => setSettings((e.target as HTMLInputElement).checked)}
          />
          Also use the backup’s reading settings (theme, fonts, sizes)
        </label>
      )}
      <div class="backup-actions">
        <button
          type="button"
          class="btn primary"
          disabled={busy || (preview.unchanged && !restoreDeleted && !settings)}
          onClick={() => void commit()}
          data-testid="confirm-import"
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {busy && written && (
        <div class="import-progress" data-testid="import-progress">
          <progress max={written.total} value={written.written} aria-label="Import written" />
          <p class="muted">
            {written.written.toLocaleString('en-GB')} of {written.total.toLocaleString('en-GB')}{' '}
            records written. Nothing is changed until the last one is: closing this page now stops
            the import and leaves your library as it was.
          </p>
        </div>
      )}
    </section>
  );
}
