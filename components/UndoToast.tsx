import { useEffect } from 'preact/hooks';

/** Props of UndoToast. */
export interface UndoToastProps {
  message: string;
  onUndo?: () => void;
  onClose: () => void;
  /** How long it stays, in ms. */
  timeout?: number;
}

/** "Deleted “Moby-Dick”. Undo": announced politely, gone by itself after a while. */
export function UndoToast({ message, onUndo, onClose, timeout = 10_000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeout);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="toast" role="status" data-testid="toast">
      <span>{message}</span>
      {onUndo && (
        <button type="button" class="btn" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" class="btn quiet" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
