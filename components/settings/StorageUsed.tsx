import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/lib/backup/limits';

/** How much room the extension's data takes (navigator.storage.estimate). */
export function StorageUsed() {
  const [estimate, setEstimate] = useState<StorageEstimate>();
  useEffect(() => void navigator.storage?.estimate().then(setEstimate), []);
  if (!estimate) return <p class="muted">The browser does not say how much room the data takes.</p>;
  return (
    <p data-testid="storage-used">
      Your library takes about <strong>{formatBytes(estimate.usage ?? 0)}</strong> on this computer
      {estimate.quota ? `, of ${formatBytes(estimate.quota)} the browser allows.` : '.'}
    </p>
  );
}
