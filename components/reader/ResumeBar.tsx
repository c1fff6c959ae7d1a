import type { ResumeOffer } from '@/lib/reader/progress/resume-offer';

/** Props of ResumeBar. */
export interface ResumeBarProps {
  offer: Extract<ResumeOffer, { kind: 'offer' }>;
  onAccept: () => void;
  onDismiss: () => void;
}

/**
 * A quiet offer to go back to where the reader was ("Continue at chapter 7, 40% (2 days ago)"):
 * one click, or C, goes there; nothing moves by itself.
 */
export function ResumeBar({ offer, onAccept, onDismiss }: ResumeBarProps) {
  return (
    <div class="fr-resume" role="region" aria-label="Where you left off" data-testid="resume-bar">
      <button type="button" class="fr-btn" onClick={onAccept} data-testid="resume-accept">
        {offer.label}
      </button>
      <button
        type="button"
        class="fr-btn fr-btn-quiet"
        aria-label="Not now"
        onClick={onDismiss}
        data-testid="resume-dismiss"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
