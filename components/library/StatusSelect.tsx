import type { WorkSummary } from '@/lib/messaging/wire';
import { STATUS_LABELS } from '../format';

/** Props of StatusSelect. */
export interface StatusSelectProps {
  work: WorkSummary;
  onChange: (status: WorkSummary['status']) => void;
  id: string;
}

/**
 * The reader's status for a work, editable. When the last chapter was read and the reader has
 * not said so, "Mark finished" is offered beside it (never set on their behalf).
 */
export function StatusSelect({ work, onChange, id }: StatusSelectProps) {
  return (
    <span class="status">
      <label class="visually-hidden" for={id}>
        Status of {work.title}
      </label>
      <select
        id={id}
        value={work.status}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value as WorkSummary['status'])}
      >
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {work.suggestFinished && (
        <button type="button" class="btn small suggest" onClick={() => onChange('finished')}>
          Last chapter read: mark finished?
        </button>
      )}
    </span>
  );
}
