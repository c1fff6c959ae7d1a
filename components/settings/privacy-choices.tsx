import { RECENT_LIST_MODES, type RecentListMode, type Settings } from '@/lib/settings/values';

/** The two privacy choices the popup and the settings page both offer. */
interface ChoiceProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/** How each mode of the recent list is offered. */
export const RECENT_MODE_LABELS: Record<RecentListMode, string> = {
  show: 'Show titles',
  blur: 'Blur titles',
  off: 'Hide the list',
};

/** The popup's recent list: titles shown, blurred or hidden. */
export function RecentListChoice(props: ChoiceProps & { legend: string }) {
  const { settings, onSetting } = props;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="segmented">
        {RECENT_LIST_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            class="btn"
            aria-pressed={settings.recentList === mode}
            onClick={() => onSetting('recentList', mode)}
          >
            {RECENT_MODE_LABELS[mode]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** Recording works read in private windows (off by default). */
export function PrivateWindowsChoice(props: ChoiceProps & { label: string }) {
  const { settings, onSetting } = props;
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={settings.recordPrivateWindows}
        onChange={(e) => onSetting('recordPrivateWindows', (e.target as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}
