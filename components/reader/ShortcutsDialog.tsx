import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from '@/lib/reader/keys';

/** Props of ShortcutsDialog. */
export interface ShortcutsDialogProps {
  onClose: () => void;
}

/** Every keyboard shortcut of the reader ("?"). */
export function ShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div class="fr-dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="fr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="fr-keys-title"
        data-testid="shortcuts"
      >
        <h2 id="fr-keys-title">Keyboard shortcuts</h2>
        <dl class="fr-keys">
          {SHORTCUTS.map((s) => (
            <div key={s.label} style={{ display: 'contents' }}>
              <dt>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && (s.keys.length > 2 ? ' + ' : ' or ')}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
        <button type="button" class="fr-btn" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
