import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openFicDb } from '@/lib/db/open-db';
import { broadcastToPages, createChangeFeed } from '@/lib/db/change-feed';
import { startBackups } from '@/lib/backup/start-backups';
import { createDeps } from '@/lib/background/create-deps';
import { createReadingHub } from '@/lib/background/reading-hub';
import { createRequestHandler } from '@/lib/messaging/handle-request';
import { syncCoverRegistration } from '@/lib/background/cover-registration';
import { openWelcomeOnInstall } from '@/lib/background/first-run';
import { createPopupSnapshot } from '@/lib/background/popup-snapshot';
import { openReaderInTab } from '@/lib/messaging/open-reader-in-tab';
import { loadSettings, settingItems, watchSettings } from '@/lib/settings/storage';

export default defineBackground(() => {
  // Not awaited: the listeners below must be registered synchronously, or the message (or port)
  // that woke the service worker would be lost. Handlers await the handle themselves.
  const db = openFicDb();
  const repos = createDeps(db, () => settingItems.recordPrivateWindows.getValue());
  // The popup's first frame reads this snapshot, not the worker, which may be asleep.
  const snapshot = createPopupSnapshot(repos);
  // Open popups and library pages hear which works changed after each write commits.
  const feed = createChangeFeed((change) => {
    broadcastToPages(change);
    void snapshot.refresh();
  });
  const deps = feed.wrap(repos);
  const origin = browser.runtime.getURL('/');
  const context = {
    extensionId: browser.runtime.id,
    extensionOrigin: origin,
    // The reader's frame (entrypoints/reader, being built): typed paths do not know it yet.
    readerUrl: `${origin}reader.html`,
  };
  const handle = createRequestHandler({ ...deps, ...context });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  // The open reader's long-lived channel: positions, read marks, highlights, live updates.
  const hub = createReadingHub({ ...deps, ...context });
  browser.runtime.onConnect.addListener((port) => hub.connect(port));
  startBackups(db, context, feed);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void openReaderInTab(tab.id, true);
  });

  openWelcomeOnInstall();

  // The cover follows the theme and the sites where the reader opens by itself.
  browser.runtime.onInstalled.addListener(() => void loadSettings().then(syncCoverRegistration));
  browser.runtime.onStartup.addListener(() => void loadSettings().then(syncCoverRegistration));
  watchSettings((settings) => void syncCoverRegistration(settings));
  // Deleted works past their undo time keep only their tombstone.
  deps.library
    .purgeExpired(Date.now())
    .catch(() => undefined)
    .finally(() => void snapshot.refresh());
});
