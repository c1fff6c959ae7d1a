import { HIGHLIGHT_SLOTS, type HighlightNames } from '@/lib/settings/values';
import { HIGHLIGHT_NAME_MAX } from '@/lib/settings/highlight-names';

/** Props of HighlightNamesForm. */
export interface HighlightNamesFormProps {
  names: HighlightNames;
  onChange: (names: HighlightNames) => void;
}

/** What each of the five highlight colours means to the reader. */
export function HighlightNamesForm({ names, onChange }: HighlightNamesFormProps) {
  return (
    <fieldset class="colour-names">
      <legend>What each highlight colour means</legend>
      {HIGHLIGHT_SLOTS.map((slot, i) => (
        <label key={slot} class={`colour-name-field hl-${slot}`}>
          <span class="swatch" aria-hidden="true" />
          <span class="visually-hidden">Colour {i + 1}</span>
          <input
            type="text"
            value={names[slot]}
            maxLength={HIGHLIGHT_NAME_MAX}
            onChange={(e) => {
              const name = (e.target as HTMLInputElement).value.trim();
              if (name) onChange({ ...names, [slot]: name });
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
