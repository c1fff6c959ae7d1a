import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/values';
import { PrivateWindowsChoice, RecentListChoice } from '../settings/privacy-choices';

/** Props of PrivacyControls. */
export interface PrivacyControlsProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/**
 * What someone looking over the reader's shoulder sees (USERS.md point 12): the recent list's
 * titles shown, blurred or hidden; recording in private windows; the way to clear the history.
 */
export function PrivacyControls({ settings, onSetting }: PrivacyControlsProps) {
  return (
    <details class="privacy" data-testid="privacy">
      <summary>Privacy</summary>
      <div class="form">
        <RecentListChoice
          settings={settings}
          onSetting={onSetting}
          legend="Recently read, in this popup"
        />
        <PrivateWindowsChoice
          settings={settings}
          onSetting={onSetting}
          label="Remember works read in private windows"
        />
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
