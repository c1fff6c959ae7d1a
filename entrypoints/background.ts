import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openFicDb } from '@/lib/db/open-db';
import { createWorksRepo } from '@/lib/db/works-repo';
import { createRequestHandler } from '@/lib/messaging/handle-request';
import { syncCoverRegistration } from '@/lib/background/cover-registration';
import { openWelcomeOnInstall } from '@/lib/background/first-run';
import { openReaderInTab } from '@/lib/messaging/open-reader-in-tab';
import { loadSettings, settingItems, watchSettings } from '@/lib/settings/storage';

export default defineBackground(() => {
  // Not awaited: the listener below must be registered synchronously, or the message that woke
  // the service worker would be lost. Handlers await the handle themselves.
  const db = openFicDb();
  const handle = createRequestHandler({
    works: createWorksRepo(db),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    recordPrivateWindows: () => settingItems.recordPrivateWindows.getValue(),
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader' && tab?.id !== undefined) void openReaderInTab(tab.id, true);
  });

  openWelcomeOnInstall();

  // The cover follows the theme and the sites where the reader opens by itself.
  browser.runtime.onInstalled.addListener(() => void loadSettings().then(syncCoverRegistration));
  browser.runtime.onStartup.addListener(() => void loadSettings().then(syncCoverRegistration));
  watchSettings((settings) => void syncCoverRegistration(settings));
});
