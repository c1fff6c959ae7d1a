import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSetting, watchSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/values';

/** Every setting, kept current (changes from any tab show up here), and a saver. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => (s ? { ...s, [key]: value } : s));
    void saveSetting(key, value);
  };
  return { settings, change };
}
