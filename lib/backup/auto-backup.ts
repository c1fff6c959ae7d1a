import type { FicDbHandle } from '../db/open-db';
import { exportBackupText } from './export-backup';
import { lastAutoBackupItem } from './last-auto-backup';
import { backupFileName } from './limits';

/** A weekly backup is due this long after the last one. */
export const AUTO_BACKUP_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

export { lastAutoBackupItem };

/** What the weekly backup needs (the background passes the real ones; tests fakes). */
export interface AutoBackupDeps {
  db: FicDbHandle;
  enabled(): Promise<boolean>;
  /** The optional `downloads` permission is granted. */
  permitted(): Promise<boolean>;
  loadSettings(): Promise<unknown>;
  download(text: string, fileName: string): Promise<void>;
  now(): number;
}

/** True when a weekly backup is due at `now` after one written at `last` (0: never). */
export function autoBackupDue(last: number, now: number): boolean {
  return last === 0 || last > now || now - last >= AUTO_BACKUP_EVERY_MS;
}

/**
 * Writes the weekly backup into Downloads if it is on, permitted and due. The background calls
 * this when it starts (it starts whenever a reader opens a page) and when the setting is turned
 * on, so no alarm permission is needed. Resolves with the file name written, if any.
 */
export async function runAutoBackup(deps: AutoBackupDeps): Promise<string | undefined> {
  if (!(await deps.enabled()) || !(await deps.permitted())) return undefined;
  const now = deps.now();
  if (!autoBackupDue(await lastAutoBackupItem.getValue(), now)) return undefined;
  // Recorded first: two wake-ups in the same second must not both write a file.
  await lastAutoBackupItem.setValue(now);
  const text = await exportBackupText(deps.db, {
    exportedAt: now,
    settings: await deps.loadSettings(),
  });
  const fileName = backupFileName(now);
  await deps.download(text, fileName);
  return fileName;
}
