/** Props of LensBar. */
export interface LensBarProps {
  term: string;
  count: number;
  /** The current mention (0-based), or -1 before next/previous. */
  index: number;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

/** The every-mention lens's bar: how many mentions, which one is shown, next and previous. */
export function LensBar({ term, count, index, onStep, onClose }: LensBarProps) {
  const which =
    index >= 0 ? ` · ${(index + 1).toLocaleString('en')} of ${count.toLocaleString('en')}` : '';
  const label =
    count === 0
      ? `No mentions of “${term}” on this page`
      : `${count.toLocaleString('en')} mention${count === 1 ? '' : 's'} of “${term}”${which}`;
  return (
    <div class="fr-lens-bar" role="region" aria-label="Every mention" data-testid="lens-bar">
      <span class="fr-lens-count" aria-live="polite" data-testid="lens-count" data-count={count}>
        {label}
      </span>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Previous mention"
        disabled={count === 0}
        onClick={() => onStep(-1)}
        data-testid="lens-prev"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Next mention"
        disabled={count === 0}
        onClick={() => onStep(1)}
        data-testid="lens-next"
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Stop showing every mention"
        onClick={onClose}
        data-testid="lens-close"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
