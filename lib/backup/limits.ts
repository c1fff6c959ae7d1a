// What both sides of a backup need, with nothing of the database behind it: the library page
// imports this file, the background everything else in lib/backup.

/** The largest backup accepted. A library of 10,000 works with 50,000 highlights is ~45 MB. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/** A file is sent to the background (and a backup back) in slices of this size. */
export const BACKUP_SLICE_BYTES = 1024 * 1024;

/** The backup port's name (lib/backup/backup-port.ts). */
export const BACKUP_PORT = 'fic-reader/backup';

/** The `format` every backup of ours starts with. */
export const BACKUP_FORMAT = 'fic-reader-backup';

/** The newest backup version this build writes (and the newest it can read). */
export const BACKUP_VERSION = 1;

/** A size in words ("200 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Why a file is refused before it is read, or undefined when its size is fine. */
export function refuseBySize(bytes: number): string | undefined {
  if (bytes === 0) return 'The file is empty.';
  if (bytes <= MAX_BACKUP_BYTES) return undefined;
  return `The file is ${formatBytes(bytes)}; a Fic Reader backup is at most ${formatBytes(MAX_BACKUP_BYTES)}. Is it the right file?`;
}

/** The file name of a backup made on `stamp` (`fic-reader-backup-2025-01-31.json`). */
export function backupFileName(stamp: number): string {
  const d = new Date(stamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `fic-reader-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
