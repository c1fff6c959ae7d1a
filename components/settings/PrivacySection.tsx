import { useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/send-request';
import type { Settings } from '@/lib/settings/values';
import { RECENT_MODE_LABELS } from '../popup/PrivacyControls';

/** Props of PrivacySection. */
export interface PrivacySectionProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/** Private windows, the popup's recent list, and clearing the whole history (asked twice). */
export function PrivacySection({ settings, onSetting }: PrivacySectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();
  const clear = async () => {
    const reply = await sendRequest({ type: 'library/clear-history', confirm: true });
    setConfirming(false);
    setDone(reply.ok ? `History cleared: ${reply.cleared} works forgotten.` : reply.error);
  };
  return (
    <div class="form">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.recordPrivateWindows}
          onChange={(e) =>
            onSetting('recordPrivateWindows', (e.target as HTMLInputElement).checked)
          }
        />
        Remember works read in private windows (off unless you turn it on)
      </label>
      <fieldset>
        <legend>Recently read, in the popup</legend>
        <div class="segmented">
          {(Object.keys(RECENT_MODE_LABELS) as Settings['recentList'][]).map((mode) => (
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
      <div>
        {!confirming ? (
          <button type="button" class="btn danger" onClick={() => setConfirming(true)}>
            Clear the history…
          </button>
        ) : (
          <div class="confirm card" role="group" aria-label="Clear the history?">
            <p>
              Forget every work: progress, read marks, time, highlights and notes. This cannot be
              undone; a backup can bring it back.
            </p>
            <button type="button" class="btn danger" onClick={() => void clear()}>
              Yes, clear everything
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        )}
        {done && <p role="status">{done}</p>}
      </div>
    </div>
  );
}
