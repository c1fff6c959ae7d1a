import { useEffect, useRef, useState } from 'preact/hooks';
import { ARM_MS, StepGuard, type ChapterPlace, type Direction } from '@/lib/reader/chapter-step';

/**
 * The arrow keys' chapter change with lib/reader/chapter-step's guard: from mid-chapter the
 * first press shows a quiet hint and only a second press goes. Returns the key's handler and
 * the hint to render (null when none).
 */
export function useChapterStep(
  step: (direction: Direction) => void,
  place: ChapterPlace | null,
): { press: (direction: Direction) => void; hint: preact.JSX.Element | null } {
  const guard = useRef(new StepGuard());
  const [asked, setAsked] = useState<Direction | null>(null);
  useEffect(() => {
    if (asked === null) return;
    const timer = setTimeout(() => setAsked(null), ARM_MS);
    return () => clearTimeout(timer);
  }, [asked]);
  const press = (direction: Direction) => {
    if (guard.current.press(direction, place, performance.now()) === 'go') {
      setAsked(null);
      step(direction);
    } else setAsked(direction);
  };
  const hint =
    asked === null ? null : (
      <p class="fr-step-hint" role="status" data-testid="step-hint">
        {asked === 1
          ? 'Press → again for the next chapter'
          : 'Press ← again for the previous chapter'}
      </p>
    );
  return { press, hint };
}
