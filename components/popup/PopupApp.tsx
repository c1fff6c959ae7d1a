import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openReaderInTab } from '@/lib/messaging/open-reader-in-tab';
import { sendRequest } from '@/lib/messaging/send-request';
import type { WorkSummary } from '@/lib/messaging/wire';
import { saveSetting } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/values';
import { applyPageTheme } from '../page-theme';
import { UndoToast } from '../UndoToast';
import { useLibraryChanges } from '../useLibraryChanges';
import { loadPopupLibrary, RECENT_COUNT, type PopupData } from './load-popup';
import { PrivacyControls } from './PrivacyControls';
import { RecentList } from './RecentList';
import { ThisPage } from './ThisPage';

/** Recent works listed (this page's work is shown above them, not twice). */
const RECENT_SHOWN = RECENT_COUNT;

/** Props of PopupApp: what was loaded before the first frame, and the clock. */
export interface PopupAppProps extends PopupData {
  now?: () => number;
}

/**
 * The toolbar popup: this page's work and "Continue reading" first, the reading settings folded
 * under it, then the recent works, privacy, and the way to the library. It renders from data
 * already loaded (no spinner), in the reader's theme, and follows changes made in other tabs.
 */
export function PopupApp({ now = Date.now, ...data }: PopupAppProps) {
  const [settings, setSettings] = useState(data.settings);
  const [library, setLibrary] = useState(data.library);
  const [toast, setToast] = useState<{ message: string; undo?: () => void }>();
  // Answers can cross: only the latest asked for is shown.
  const asked = useRef(0);
  const refresh = () => {
    const n = ++asked.current;
    void loadPopupLibrary(data.kind).then((next) => {
      if (n === asked.current) setLibrary(next);
    });
  };
  useLibraryChanges(refresh);
  // A snapshot is at most a moment old; the background's own answer replaces it.
  useEffect(() => {
    if (data.fromSnapshot) refresh();
  }, []);

  const onSetting = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    const next = { ...settings, [key]: value };
    setSettings(next);
    if (key === 'theme' || key === 'highContrast') applyPageTheme(next);
    void saveSetting(key, value);
  };
  const go = (url: string) => {
    void browser.tabs.create({ url }).then(() => window.close());
  };
  const remove = async (work: WorkSummary) => {
    const ref = { site: work.site, workId: work.workId };
    const reply = await sendRequest({ type: 'library/delete-work', ...ref });
    if (!reply.ok) return setToast({ message: reply.error });
    refresh();
    setToast({
      message: `Removed “${work.title}” from your history.`,
      undo: () => void sendRequest({ type: 'library/undo-delete', ...ref }).then(refresh),
    });
  };
  const tabId = data.tab.id;
  const ok = 'recent' in library ? library : undefined;
  return (
    <main class="popup">
      <header class="popup-head">
        <img src={browser.runtime.getURL('/icons/icon-32.png')} alt="" width={20} height={20} />
        <h1>Fic Reader</h1>
        <a
          class="head-link"
          href={browser.runtime.getURL('/library.html')}
          target="_blank"
          rel="noopener"
        >
          Library
        </a>
      </header>
      <ThisPage
        kind={data.kind}
        {...(data.tab.url ? { tabUrl: data.tab.url } : {})}
        {...(data.reader ? { reader: data.reader } : {})}
        {...(ok?.current ? { current: ok.current } : {})}
        settings={settings}
        onSetting={onSetting}
        onToggleReader={async () => {
          if (tabId === undefined)
            return { ok: false, open: false, reason: 'There is no tab to open the reader in.' };
          const reply = await openReaderInTab(tabId, true);
          if (reply.ok && reply.open) window.close();
          return reply;
        }}
        onContinue={(url) => {
          if (tabId === undefined) return go(url);
          void browser.tabs.update(tabId, { url }).then(() => window.close());
        }}
        now={now()}
      />
      {'error' in library && <p role="alert">The library could not be read: {library.error}</p>}
      {ok && (
        <RecentList
          works={ok.recent.filter((w) => w.key !== ok.current?.key).slice(0, RECENT_SHOWN)}
          mode={settings.recentList}
          now={now()}
          onContinue={(w) => go(w.lastUrl)}
          onRemove={(w) => void remove(w)}
        />
      )}
      <PrivacyControls settings={settings} onSetting={onSetting} />
      <footer class="popup-foot">
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Open the library
        </a>
      </footer>
      {toast && (
        <UndoToast
          message={toast.message}
          {...(toast.undo ? { onUndo: () => (toast.undo?.(), setToast(undefined)) } : {})}
          onClose={() => setToast(undefined)}
        />
      )}
    </main>
  );
}
