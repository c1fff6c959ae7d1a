import { RESUME_BEHAVIOURS, type ResumeBehaviour } from '@/lib/settings/values';

/** Props of ResumeChoice. */
export interface ResumeChoiceProps {
  value: ResumeBehaviour;
  onChange: (value: ResumeBehaviour) => void;
}

const LABELS: Record<ResumeBehaviour, string> = {
  auto: 'Go straight to where I left off',
  ask: 'Offer to go there, and let me choose',
  off: 'Start at the top of the page',
};

/** What the reader does when a work is opened again. */
export function ResumeChoice({ value, onChange }: ResumeChoiceProps) {
  return (
    <fieldset>
      <legend>Coming back to a work</legend>
      {RESUME_BEHAVIOURS.map((option) => (
        <label key={option} class="check">
          <input
            type="radio"
            name="resume"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}
