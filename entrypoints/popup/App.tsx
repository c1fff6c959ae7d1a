import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CurrentTab } from '@/components/CurrentTab';
import { SettingsForm, type SettingsFormProps } from '@/components/SettingsForm';
import { useLibrary } from '@/components/useLibrary';
import { useSettings } from '@/components/useSettings';
import { WorkList } from '@/components/WorkList';

/** The toolbar popup: this page, the reading settings, recent works, the way to the library. */
export function App() {
  const { works, error } = useLibrary(5);
  const { settings, change } = useSettings();
  const [site, setSite] = useState<SettingsFormProps['site']>();
  return (
    <main class="popup fr-theme-auto">
      <h1>Fic Reader</h1>
      <CurrentTab onSite={setSite} />
      <details class="settings" open>
        <summary>Reading settings</summary>
        {settings && (
          <SettingsForm settings={settings} onChange={change} {...(site ? { site } : {})} />
        )}
      </details>
      <section aria-labelledby="recent">
        <h2 id="recent">Recently read</h2>
        {error && <p role="alert">{error}</p>}
        {works && <WorkList works={works} empty="Works you open in the reader appear here." />}
      </section>
      <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
        Open the library
      </a>
    </main>
  );
}
