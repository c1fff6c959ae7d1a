import { browser } from 'wxt/browser';
import { FONTS } from '@/lib/reader/fonts';
import { FONT_FAMILIES, RANGES, THEMES, type Settings } from '@/lib/settings/values';
import { SITE_PAGE_HINT } from '../settings/site-page-hint';
import type { KnownSiteId } from '@/lib/sites/types';

/** Props of QuickSettings. */
export interface QuickSettingsProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** The tab's supported site, for its "open by itself" switch. */
  site?: { id: KnownSiteId; name: string } | undefined;
}

const THEME_LABELS = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark' } as const;
const FONT_LABELS = {
  literata: 'Literata',
  atkinson: 'Atkinson Hyperlegible',
  opendyslexic: 'OpenDyslexic',
  sans: 'Source Sans',
  'system-serif': 'System serif',
  'system-sans': 'System sans serif',
} as const;
const value = (e: Event) => (e.target as HTMLInputElement).value;

/**
 * Theme, font, size and line length, folded away under the work: each is a stored setting, so
 * every open reader restyles at once. The rest are on the library's settings page.
 */
export function QuickSettings({ settings, onSetting, site }: QuickSettingsProps) {
  const [minSize, maxSize, sizeStep] = RANGES.fontSize;
  const [minWidth, maxWidth, widthStep] = RANGES.contentWidth;
  const autoOpen = site ? !settings.autoOpenOff.includes(site.id) : false;
  return (
    <details class="quick-settings" data-testid="quick-settings">
      <summary>Reading settings</summary>
      <div class="form">
        <fieldset>
          <legend>Theme</legend>
          <div class="segmented">
            {THEMES.map((theme) => (
              <button
                key={theme}
                type="button"
                class="btn"
                aria-pressed={settings.theme === theme}
                onClick={() => onSetting('theme', theme)}
              >
                {THEME_LABELS[theme]}
              </button>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="quick-font">Font</label>
          <select
            id="quick-font"
            value={settings.fontFamily}
            onChange={(e) => onSetting('fontFamily', value(e) as Settings['fontFamily'])}
          >
            {FONT_FAMILIES.map((f) => (
              <option key={f} value={f} style={{ fontFamily: FONTS[f].stack }}>
                {FONT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <span>
            <label for="quick-size">Text size</label>{' '}
            <output for="quick-size">{settings.fontSize} px</output>
          </span>
          <input
            id="quick-size"
            type="range"
            min={minSize}
            max={maxSize}
            step={sizeStep}
            value={settings.fontSize}
            aria-valuetext={`${settings.fontSize} px`}
            onInput={(e) => onSetting('fontSize', Number(value(e)))}
          />
        </div>
        <div class="field">
          <span>
            <label for="quick-width">Line length</label>{' '}
            <output for="quick-width">{settings.contentWidth} characters</output>
          </span>
          <input
            id="quick-width"
            type="range"
            min={minWidth}
            max={maxWidth}
            step={widthStep}
            value={settings.contentWidth}
            aria-valuetext={`${settings.contentWidth} characters`}
            onInput={(e) => onSetting('contentWidth', Number(value(e)))}
          />
        </div>
        {site && (
          <label class="check">
            <input
              type="checkbox"
              checked={autoOpen}
              onChange={(e) => {
                const others = settings.autoOpenOff.filter((id) => id !== site.id);
                onSetting(
                  'autoOpenOff',
                  (e.target as HTMLInputElement).checked ? others : [...others, site.id],
                );
              }}
            />
            Open the reader by itself on {site.name}
          </label>
        )}
        {site && !autoOpen && <p class="hint">{SITE_PAGE_HINT}</p>}
        <a href={browser.runtime.getURL('/library.html#/settings')} target="_blank" rel="noopener">
          All settings
        </a>
      </div>
    </details>
  );
}
