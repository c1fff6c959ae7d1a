import { SITE_URLS } from '@/lib/sites/site-urls';
import type { Settings } from '@/lib/settings/values';

/** Props of SiteSwitches. */
export interface SiteSwitchesProps {
  autoOpenOff: Settings['autoOpenOff'];
  onChange: (off: Settings['autoOpenOff']) => void;
}

/** Where the reader opens by itself, one switch per supported site. */
export function SiteSwitches({ autoOpenOff, onChange }: SiteSwitchesProps) {
  return (
    <fieldset class="site-switches">
      <legend>Open the reader by itself on</legend>
      {SITE_URLS.map((site) => (
        <label key={site.id} class="check">
          <input
            type="checkbox"
            checked={!autoOpenOff.includes(site.id)}
            onChange={(e) => {
              const others = autoOpenOff.filter((id) => id !== site.id);
              onChange((e.target as HTMLInputElement).checked ? others : [...others, site.id]);
            }}
          />
          {site.name}
        </label>
      ))}
      <p class="muted">
        Elsewhere, and on sites switched off here, the popup still opens it on request.
      </p>
      <p class="muted">
        On a site switched off, its own page still keeps your place, shows your highlights and lets
        you make new ones; the site’s own scripts can see the highlights drawn on its page.
      </p>
    </fieldset>
  );
}
