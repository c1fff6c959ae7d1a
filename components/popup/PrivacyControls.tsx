import { browser } from 'wxt/browser';
import { RECENT_LIST_MODES, type RecentListMode, type Settings } from '@/lib/settings/values';

/** Props of PrivacyControls. */
export interface PrivacyControlsProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/** How each mode of the recent list is offered. */
export const RECENT_MODE_LABELS: Record<RecentListMode, string> = {
  show: 'Show titles',
  blur: 'Blur titles',
  off: 'Hide the list',
};

/**
 * What someone looking over the reader's shoulder sees (USERS.md point 12): the recent list's
 * titles shown, blurred or hidden; recording in private windows; the way to clear the history.
 */
export function PrivacyControls({ settings, onSetting }: PrivacyControlsProps) {
  return (
    <details class="privacy" data-testid="privacy">
      <summary>Privacy</summary>
      <div class="form">
        <fieldset>
          <legend>Recently read, in this popup</legend>
          <div class="segmented">
            {RECENT_LIST_MODES.map((mode) => (
              <button
                key={mode}
                type="button"
                class="btn"
                aria-pressed={settings.recentList === mode}
                onClick={() => onSetting('recentList', mode)}
              >
                {RECENT_MODE_LABELS[mode]}
              </button>
            ))}
          </div>
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.recordPrivateWindows}
            onChange={(e) =>
              onSetting('recordPrivateWindows', (e.target as HTMLInputElement).checked)
            }
          />
          Remember works read in private windows
        </label>
        <a
          href={browser.runtime.getURL('/library.html#/settings/privacy')}
          target="_blank"
          rel="noopener"
        >
          Clear the history…
        </a>
      </div>
    </details>
  );
}
