import { useEffect } from 'preact/hooks';
import { SettingsForm } from '../SettingsForm';
import type { Settings } from '@/lib/settings/values';
import { BackupSection } from './BackupSection';
import { HighlightNamesForm } from './HighlightNamesForm';
import { PrivacySection } from './PrivacySection';
import { ResumeChoice } from './ResumeChoice';
import { ShortcutList } from './ShortcutList';
import { SiteSwitches } from './SiteSwitches';
import { StorageUsed } from './StorageUsed';

/** Props of SettingsPage. */
export interface SettingsPageProps {
  settings: Settings;
  onSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** A section to bring into view ("privacy", "backups"). */
  section?: string | undefined;
}

/** Every setting in one place, each saved at once and live in every open reader. */
export function SettingsPage({ settings, onSetting, section }: SettingsPageProps) {
  useEffect(() => {
    if (section) document.getElementById(section)?.scrollIntoView();
  }, [section]);
  return (
    <div class="settings-page">
      <h1>Settings</h1>
      <section id="reading" aria-labelledby="reading-title" class="card section">
        <h2 id="reading-title">Reading</h2>
        <SettingsForm settings={settings} onChange={onSetting} />
        <SiteSwitches
          autoOpenOff={settings.autoOpenOff}
          onChange={(off) => onSetting('autoOpenOff', off)}
        />
        <ResumeChoice
          value={settings.resumeBehaviour}
          onChange={(v) => onSetting('resumeBehaviour', v)}
        />
        <p class="muted">
          Your measured reading speed is on <a href="#/stats">Your reading</a>.
        </p>
      </section>
      <section id="highlights" aria-labelledby="highlights-title" class="card section">
        <h2 id="highlights-title">Highlights</h2>
        <HighlightNamesForm
          names={settings.highlightNames}
          onChange={(n) => onSetting('highlightNames', n)}
        />
      </section>
      <section id="privacy" aria-labelledby="privacy-title" class="card section">
        <h2 id="privacy-title">Privacy</h2>
        <PrivacySection settings={settings} onSetting={onSetting} />
      </section>
      <section id="backups" aria-labelledby="backups-title" class="card section">
        <h2 id="backups-title">Backups</h2>
        <BackupSection weeklyBackup={settings.weeklyBackup} onSetting={onSetting} />
        <StorageUsed />
      </section>
      <section id="shortcuts" aria-labelledby="shortcuts-title" class="card section">
        <h2 id="shortcuts-title">Keyboard shortcuts in the reader</h2>
        <ShortcutList />
      </section>
    </div>
  );
}
