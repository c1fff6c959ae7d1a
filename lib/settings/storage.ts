import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './values';

type SettingItems = { [K in keyof Settings]: WxtStorageItem<Settings[K], Record<string, never>> };

function item<K extends keyof Settings>(key: K) {
  // Version 1 of every item; a later change of shape adds `migrations` here.
  return storage.defineItem<Settings[K]>(`local:settings.${key}`, {
    fallback: DEFAULT_SETTINGS[key],
    version: 1,
  });
}

/** Every setting as its own versioned item in extension storage (never the page's storage). */
export const settingItems: SettingItems = {
  theme: item('theme'),
  highContrast: item('highContrast'),
  fontFamily: item('fontFamily'),
  fontSize: item('fontSize'),
  lineHeight: item('lineHeight'),
  contentWidth: item('contentWidth'),
  paragraphStyle: item('paragraphStyle'),
  paragraphSpacing: item('paragraphSpacing'),
  justify: item('justify'),
  readingSpeed: item('readingSpeed'),
  autoOpenOff: item('autoOpenOff'),
  recordPrivateWindows: item('recordPrivateWindows'),
  resumeBehaviour: item('resumeBehaviour'),
  highlightNames: item('highlightNames'),
  recentList: item('recentList'),
  weeklyBackup: item('weeklyBackup'),
};

const KEYS = Object.keys(settingItems) as (keyof Settings)[];

/** Reads every setting, checked. */
export async function loadSettings(): Promise<Settings> {
  const values = await storage.getItems(KEYS.map((key) => settingItems[key]));
  const raw: Partial<Record<keyof Settings, unknown>> = {};
  KEYS.forEach((key, i) => {
    raw[key] = values[i]?.value;
  });
  return normalizeSettings(raw);
}

/** Saves one setting; every open reader and popup sees the change through watchSettings. */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<void> {
  await settingItems[key].setValue(value);
}

/** Saves every setting at once (a backup's settings restored). */
export async function saveSettings(settings: Settings): Promise<void> {
  await storage.setItems(KEYS.map((key) => ({ item: settingItems[key], value: settings[key] })));
}

/** Calls `onChange` with all settings whenever any of them changes. Returns an unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatchers = KEYS.map((key) => settingItems[key].watch(reload));
  return () => unwatchers.forEach((unwatch) => unwatch());
}
