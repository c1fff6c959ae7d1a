import { useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/send-request';
import type { Settings } from '@/lib/settings/values';
import { PrivateWindowsChoice, RecentListChoice } from './privacy-choices';

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
      <PrivateWindowsChoice
        settings={settings}
        onSetting={onSetting}
        label="Remember works read in private windows (off unless you turn it on)"
      />
      <RecentListChoice
        settings={settings}
        onSetting={onSetting}
        legend="Recently read, in the popup"
      />
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
