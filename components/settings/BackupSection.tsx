import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exportLibrary, stageImport, type StagedImport } from '@/lib/backup/backup-client';
import { lastAutoBackupItem } from '@/lib/backup/last-auto-backup';
import type { Settings } from '@/lib/settings/values';
import { saveFile } from '../library/save-file';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { previewSentence } from './preview-text';

/** Props of BackupSection. */
export interface BackupSectionProps {
  weeklyBackup: boolean;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/**
 * Backups (USERS.md point 9): export everything to one file, import one (previewed, then written
 * in one transaction), and the optional weekly file in Downloads. Import lives here, on the
 * library page: Firefox closes a popup when a file dialog opens.
 */
export function BackupSection({ weeklyBackup, onSetting }: BackupSectionProps) {
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const [staged, setStaged] = useState<StagedImport>();
  const [last, setLast] = useState(0);
  useEffect(() => void lastAutoBackupItem.getValue().then(setLast), [weeklyBackup]);

  const exportAll = async () => {
    setStatus({ text: 'Writing the backup…' });
    try {
      const { blob, fileName, counts } = await exportLibrary();
      saveFile(blob, fileName);
      setStatus({
        text: `Saved ${fileName}: ${counts.works} works, ${counts.highlights} highlights.`,
      });
    } catch (error) {
      setStatus({ text: (error as Error).message, error: true });
    }
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    staged?.cancel();
    setStaged(undefined);
    setStatus({ text: `Reading ${file.name}…` });
    try {
      setStaged(await stageImport(file));
      setStatus(undefined);
    } catch (error) {
      setStatus({
        text: `${file.name} was not imported. ${(error as Error).message}`,
        error: true,
      });
    }
  };
  const weekly = async (on: boolean) => {
    if (!on) return onSetting('weeklyBackup', false);
    // Asked from the click itself, as browsers require; only now, never at install.
    const granted = await browser.permissions
      .request({ permissions: ['downloads'] })
      .catch(() => false);
    if (granted) onSetting('weeklyBackup', true);
    else
      setStatus({
        text: 'Without permission to save into Downloads, the weekly backup stays off.',
        error: true,
      });
  };

  return (
    <div class="form backup" data-testid="backups">
      <div class="backup-actions">
        <button
          type="button"
          class="btn primary"
          onClick={() => void exportAll()}
          data-testid="export-backup"
        >
          Export everything
        </button>
        <label class="btn file-button">
          Import a backup…
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            data-testid="import-backup"
            onChange={(e) => void choose(e.target as HTMLInputElement)}
          />
        </label>
      </div>
      {status && (
        <p
          role={status.error ? 'alert' : 'status'}
          class={status.error ? 'error' : ''}
          data-testid="backup-status"
        >
          {status.text}
        </p>
      )}
      {staged && (
        <ImportPreviewPanel
          staged={staged}
          onDone={(result) => {
            setStaged(undefined);
            setStatus({ text: `Imported. ${previewSentence(result)}` });
          }}
          onError={(message) => {
            setStaged(undefined);
            setStatus({ text: `Nothing was imported. ${message}`, error: true });
          }}
          onCancel={() => {
            staged.cancel();
            setStaged(undefined);
            setStatus({ text: 'Import cancelled; nothing was changed.' });
          }}
        />
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={weeklyBackup}
          onChange={(e) => void weekly((e.target as HTMLInputElement).checked)}
        />
        Save a backup into Downloads every week
      </label>
      {weeklyBackup && (
        <p class="muted">
          {last
            ? `The last one was saved on ${new Date(last).toLocaleDateString('en-GB', { dateStyle: 'long' })}.`
            : 'The first one is saved now.'}{' '}
          Files go to Downloads/Fic Reader.
        </p>
      )}
    </div>
  );
}
