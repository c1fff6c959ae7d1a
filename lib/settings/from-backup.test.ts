import { describe, expect, it } from 'vitest';
import { settingsFromBackup } from './from-backup';
import { DEFAULT_SETTINGS } from './values';

describe('settingsFromBackup', () => {
  it('takes the backup’s checked values, but never private-window recording or the weekly backup', () => {
    const restored = settingsFromBackup(
      { theme: 'dark', fontSize: 400, recordPrivateWindows: true, weeklyBackup: true, evil: 1 },
      DEFAULT_SETTINGS,
    );
    expect(restored).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 36 });
  });

  it('ignores a __proto__ key and gives the defaults for what is not an object', () => {
    const raw = JSON.parse('{"__proto__": {"theme": "dark"}}');
    expect(settingsFromBackup(raw, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromBackup('dark', DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
