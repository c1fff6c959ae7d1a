import { FONTS } from '@/lib/reader/fonts';
import { SITE_PAGE_HINT } from './settings/site-page-hint';
import {
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  LOOK_KEYS,
  RANGES,
  THEMES,
  type FontFamily,
  type Settings,
  type Theme,
} from '@/lib/settings/values';

/** Props of SettingsForm. */
export interface SettingsFormProps {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** The site of the page, for its "open automatically" switch. */
  site?: { id: Settings['autoOpenOff'][number]; name: string };
}

const THEME_LABELS: Record<Theme, string> = {
  auto: 'Auto',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
};
const FONT_LABELS: Record<FontFamily, string> = {
  literata: 'Literata (book serif)',
  atkinson: 'Atkinson Hyperlegible',
  opendyslexic: 'OpenDyslexic',
  sans: 'Source Sans (sans serif)',
  'system-serif': 'System serif',
  'system-sans': 'System sans serif',
};

function Range(props: {
  id: string;
  label: string;
  value: number;
  range: readonly [number, number, number];
  format: (v: number) => string;
  onInput: (v: number) => void;
}) {
  const [min, max, step] = props.range;
  return (
    <div>
      <label for={props.id}>{props.label}</label>{' '}
      <output for={props.id} aria-hidden="true">
        {props.format(props.value)}
      </output>
      <input
        id={props.id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={props.value}
        aria-valuetext={props.format(props.value)}
        onInput={(e) => props.onInput(Number((e.target as HTMLInputElement).value))}
      />
    </div>
  );
}

/** Every reading setting; each change is saved at once and restyles every open reader. */
export function SettingsForm({ settings, onChange, site }: SettingsFormProps) {
  const autoOpen = site ? !settings.autoOpenOff.includes(site.id) : false;
  return (
    <form class="fr-form" data-testid="settings-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Theme</legend>
        <div class="fr-segmented">
          {THEMES.map((theme) => (
            <button
              key={theme}
              type="button"
              class="fr-btn"
              aria-pressed={settings.theme === theme}
              onClick={() => onChange('theme', theme)}
            >
              {THEME_LABELS[theme]}
            </button>
          ))}
        </div>
      </fieldset>
      <label class="fr-check">
        <input
          type="checkbox"
          checked={settings.highContrast}
          onChange={(e) => onChange('highContrast', (e.target as HTMLInputElement).checked)}
        />
        High contrast
      </label>
      <div>
        <label for="fr-font">Font</label>
        <select
          id="fr-font"
          value={settings.fontFamily}
          onChange={(e) =>
            onChange('fontFamily', (e.target as HTMLSelectElement).value as FontFamily)
          }
        >
          {FONT_FAMILIES.map((family) => (
            <option key={family} value={family} style={{ fontFamily: FONTS[family].stack }}>
              {FONT_LABELS[family]}
            </option>
          ))}
        </select>
      </div>
      <Range
        id="fr-size"
        label="Text size"
        value={settings.fontSize}
        range={RANGES.fontSize}
        format={(v) => `${v} px`}
        onInput={(v) => onChange('fontSize', v)}
      />
      <Range
        id="fr-leading"
        label="Line height"
        value={settings.lineHeight}
        range={RANGES.lineHeight}
        format={(v) => v.toFixed(1)}
        onInput={(v) => onChange('lineHeight', Math.round(v * 10) / 10)}
      />
      <Range
        id="fr-width"
        label="Line length"
        value={settings.contentWidth}
        range={RANGES.contentWidth}
        format={(v) => `${v} characters`}
        onInput={(v) => onChange('contentWidth', v)}
      />
      <fieldset>
        <legend>Paragraphs</legend>
        <div class="fr-segmented">
          <button
            type="button"
            class="fr-btn"
            aria-pressed={settings.paragraphStyle === 'spaced'}
            onClick={() => onChange('paragraphStyle', 'spaced')}
          >
            Spaced
          </button>
          <button
            type="button"
            class="fr-btn"
            aria-pressed={settings.paragraphStyle === 'indented'}
            onClick={() => onChange('paragraphStyle', 'indented')}
          >
            Indented
          </button>
        </div>
      </fieldset>
      {settings.paragraphStyle === 'spaced' && (
        <Range
          id="fr-gap"
          label="Space between paragraphs"
          value={settings.paragraphSpacing}
          range={RANGES.paragraphSpacing}
          format={(v) => `${v} em`}
          onInput={(v) => onChange('paragraphSpacing', v)}
        />
      )}
      <label class="fr-check">
        <input
          type="checkbox"
          checked={settings.justify}
          onChange={(e) => onChange('justify', (e.target as HTMLInputElement).checked)}
        />
        Justify text
      </label>
      <div>
        <label for="fr-wpm">Reading speed (words per minute)</label>
        <input
          id="fr-wpm"
          type="number"
          min={RANGES.readingSpeed[0]}
          max={RANGES.readingSpeed[1]}
          step={RANGES.readingSpeed[2]}
          value={settings.readingSpeed}
          onChange={(e) => {
            const value = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(value) && value > 0) onChange('readingSpeed', value);
          }}
        />
      </div>
      {site && (
        <label class="fr-check">
          <input
            type="checkbox"
            checked={autoOpen}
            onChange={(e) => {
              const on = (e.target as HTMLInputElement).checked;
              const others = settings.autoOpenOff.filter((id) => id !== site.id);
              onChange('autoOpenOff', on ? others : [...others, site.id]);
            }}
          />
          Open the reader by itself on {site.name}
        </label>
      )}
      {site && !autoOpen && <p class="fr-form-hint">{SITE_PAGE_HINT}</p>}
      <button
        type="button"
        class="fr-btn"
        disabled={LOOK_KEYS.every((key) => settings[key] === DEFAULT_SETTINGS[key])}
        onClick={() => {
          for (const key of LOOK_KEYS) onChange(key, DEFAULT_SETTINGS[key]);
        }}
        data-testid="settings-reset"
      >
        Reset the look to defaults
      </button>
    </form>
  );
}
