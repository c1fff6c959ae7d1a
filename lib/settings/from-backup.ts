import { normalizeSettings, type Settings } from './values';

/**
 * The settings a backup restores: every value checked (a damaged or hostile file can only give
 * valid settings), own keys only. Two stay as they are on this profile: recording in private
 * windows (a backup must never turn it on unasked) and the weekly backup (it needs a permission
 * granted on this profile).
 */
export function settingsFromBackup(raw: unknown, current: Settings): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const own = Object.fromEntries(
    Object.keys(current).map((k) => [k, Object.hasOwn(source, k) ? source[k] : undefined]),
  );
  return {
    ...normalizeSettings(own),
    recordPrivateWindows: current.recordPrivateWindows,
    weeklyBackup: current.weeklyBackup,
  };
}
