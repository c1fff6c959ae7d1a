import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/send-request';
import type { WorkSummary } from '@/lib/messaging/wire';
import { saveSetting } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/values';
import { applyPageFont, applyPageTheme } from '../page-theme';
import { SettingsPage } from '../settings/SettingsPage';
import { UndoToast } from '../UndoToast';
import { useSettings } from '../useSettings';
import { HighlightsPage } from './HighlightsPage';
import { StatsPage } from './StatsPage';
import { useLibraryIndex } from './use-library-index';
import { routeHash, useRoute, type Route } from './use-route';
import { WorkPage } from './WorkPage';
import { WorksPage } from './WorksPage';

const NAV: [Route['page'], string][] = [
  ['works', 'Library'],
  ['highlights', 'Highlights'],
  ['stats', 'Your reading'],
  ['settings', 'Settings'],
];

/** The library page: works, a work's page, highlights, numbers and settings, by the hash. */
export function LibraryApp({ now = Date.now }: { now?: () => number }) {
  const route = useRoute();
  const { settings } = useSettings();
  const index = useLibraryIndex();
  const [deleted, setDeleted] = useState<WorkSummary>();
  useEffect(() => {
    if (!settings) return;
    applyPageTheme(settings);
    applyPageFont(settings);
  }, [settings?.theme, settings?.highContrast, settings?.fontFamily]);
  useEffect(() => {
    const title = NAV.find(([page]) => page === route.page)?.[1] ?? 'Library';
    document.title = `${title} · Fic Reader`;
  }, [route.page]);
  if (!settings) return null;
  const onSetting = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void saveSetting(key, value);
  const current = route.page === 'work' ? 'works' : route.page;
  return (
    <>
      <a class="skip" href="#main">
        Skip to the content
      </a>
      <header class="library-head">
        <p class="brand">Fic Reader</p>
        <nav aria-label="Library">
          {NAV.map(([page, label]) => (
            <a
              key={page}
              href={routeHash({ page } as Route)}
              aria-current={current === page ? 'page' : undefined}
            >
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" class="library">
        {route.page === 'works' && (
          <>
            <h1>Your library</h1>
            <WorksPage
              entries={index.entries}
              error={index.error}
              reload={index.reload}
              now={now()}
            />
          </>
        )}
        {route.page === 'work' && (
          <WorkPage
            workKey={route.key}
            names={settings.highlightNames}
            now={now()}
            onDeleted={(work) => {
              setDeleted(work);
              void index.reload([work.key]);
              location.hash = '#/';
            }}
          />
        )}
        {route.page === 'highlights' && <HighlightsPage names={settings.highlightNames} />}
        {route.page === 'stats' && (
          <StatsPage
            readingSpeed={settings.readingSpeed}
            onReadingSpeed={(wpm) => onSetting('readingSpeed', wpm)}
          />
        )}
        {route.page === 'settings' && (
          <SettingsPage settings={settings} onSetting={onSetting} section={route.section} />
        )}
      </main>
      {deleted && (
        <UndoToast
          message={`Deleted the reading data of “${deleted.title}”.`}
          onUndo={() => {
            const { site, workId } = deleted;
            setDeleted(undefined);
            void sendRequest({ type: 'library/undo-delete', site, workId }).then(() =>
              index.reload([deleted.key]),
            );
          }}
          onClose={() => setDeleted(undefined)}
          timeout={30_000}
        />
      )}
    </>
  );
}
