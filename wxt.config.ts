import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/match-patterns';

// Firefox accepts `data_collection_permissions` from 140 on; the CSS Custom Highlight API the
// highlights will use is there too.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must also run under plain Node (CLI, corpus check).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Fic Reader',
    description:
      'A calm reader view for fan fiction archives. Remembers your place; keeps your data on your machine.',
    // No <all_urls>, tabs or history: the supported archives only, and activeTab + scripting for
    // a page the reader explicitly asks to open elsewhere.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    host_permissions: hostPermissions(),
    action: { default_title: 'Fic Reader' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the reader on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fic-reader@fic-reader',
              strict_min_version: FIREFOX_MIN_VERSION,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
