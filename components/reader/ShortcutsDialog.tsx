import { useRef } from 'preact/hooks';
import { SHORTCUTS } from '@/lib/reader/keys';
import { useModalFocus, type ModalFocusOptions } from './use-modal-focus';

/** Props of ShortcutsDialog. */
export interface ShortcutsDialogProps {
  onClose: () => void;
  /** Where focus returns when it closes; by default, what had focus when it opened. */
  returnFocus?: ModalFocusOptions['returnFocus'];
}

/** Every keyboard shortcut of the reader ("?"), in a modal dialog that keeps focus inside. */
export function ShortcutsDialog({ onClose, returnFocus }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const onKeyDown = useModalFocus(dialog, {
    onClose,
    initialFocus: close,
    ...(returnFocus !== undefined ? { returnFocus } : {}),
  });
  return (
    <div class="fr-dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="fr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="fr-keys-title"
        data-testid="shortcuts"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="fr-keys-title">Keyboard shortcuts</h2>
        <dl class="fr-keys">
          {SHORTCUTS.map((s) => (
            <div key={s.label} class="fr-keys-row">
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
