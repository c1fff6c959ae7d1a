/** Props of ProgressBar. */
export interface ProgressBarProps {
  /** 0..1. */
  value: number;
  /** What it measures, for assistive technology ("Moby-Dick read"). */
  label: string;
}

/** A thin bar of how far through a work the reader is. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div class="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
