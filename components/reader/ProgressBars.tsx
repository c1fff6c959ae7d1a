import type { StatusLine } from '@/lib/reader/status-line';

/** Props of ProgressBars. */
export interface ProgressBarsProps {
  line: StatusLine;
}

function Bar({
  fraction,
  label,
  class: className,
  estimated,
}: {
  fraction: number;
  label: string;
  class: string;
  estimated: boolean;
}) {
  const percent = Math.round(fraction * 100);
  return (
    <div
      class={`fr-progress ${className}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      {...(estimated ? { 'aria-valuetext': `about ${percent}%` } : {})}
    >
      <div class="fr-progress-bar" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}

/**
 * The progress along the toolbar's lower edge: through the chapter, and above it through the
 * work (or, on a forum reader page, through this page's threadmarks). A one-shot has one bar.
 */
export function ProgressBars({ line }: ProgressBarsProps) {
  const work = line.scope === 'page' ? 'Progress through this page' : 'Progress through the work';
  return (
    <>
      {line.workFraction !== undefined && (
        <Bar
          fraction={line.workFraction}
          label={work}
          class={line.chapterFraction === undefined ? 'fr-progress-main' : 'fr-progress-work'}
          estimated={line.estimated}
        />
      )}
      {line.chapterFraction !== undefined && (
        <Bar
          fraction={line.chapterFraction}
          label="Progress through the chapter"
          class="fr-progress-main"
          estimated={false}
        />
      )}
    </>
  );
}
