import { storage } from 'wxt/utils/storage';

/** When the last weekly backup was written (not a setting: this profile's own record). */
export const lastAutoBackupItem = storage.defineItem<number>('local:backup.lastAutoAt', {
  fallback: 0,
  version: 1,
});
