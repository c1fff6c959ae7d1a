import { browser } from 'wxt/browser';
import type { ChangeFeed } from '../db/change-feed';
import type { FicDbHandle } from '../db/open-db';
import type { SenderContext } from '../messaging/sender';
import { settingsFromBackup } from '../settings/from-backup';
import { loadSettings, saveSettings, settingItems } from '../settings/storage';
import { runAutoBackup } from './auto-backup';
import { createBackupPort, type BackupPortLike } from './backup-port';
import { canDownload, downloadText } from './download';

/**
 * The background's backups: the library page's port (export, import) and the weekly backup,
 * tried when the background starts and when the reader turns it on. Registers synchronously,
 * like every listener of the service worker.
 */
export function startBackups(db: FicDbHandle, context: SenderContext, feed: ChangeFeed): void {
  const connect = createBackupPort({
    ...context,
    db,
    loadSettings,
    restoreSettings: async (raw) => saveSettings(settingsFromBackup(raw, await loadSettings())),
    changed: (works) => feed.changed(works),
    now: () => Date.now(),
  });
  browser.runtime.onConnect.addListener((port) => connect(port as unknown as BackupPortLike));

  const weekly = () =>
    runAutoBackup({
      db,
      enabled: () => settingItems.weeklyBackup.getValue(),
      permitted: canDownload,
      loadSettings,
      download: downloadText,
      now: () => Date.now(),
    }).catch((error: unknown) => console.error('Fic Reader: the weekly backup failed', error));
  void weekly();
  settingItems.weeklyBackup.watch((on) => {
    if (on) void weekly();
  });
}
