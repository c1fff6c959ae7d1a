import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledFontFiles } from './lib/reader/fonts';
import { coverCss, coverFile } from './lib/reader/palette';
import { THEMES } from './lib/settings/values';
import { hostPermissions } from './lib/sites/site-urls';

const require = createRequire(import.meta.url);

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

// Firefox accepts `data_collection_permissions` from 140 on; the CSS Custom Highlight API the
// highlights will use is there too.
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

const ICONS = Object.fromEntries(
  [16, 32, 48, 128].map((size) => [String(size), `icons/icon-${size}.png`]),
);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must also run under plain Node (CLI, corpus check).
  imports: false,
  // FIC_READER_MINIFY=0 builds readable bundles, for profiling.
  vite: () => ({
    plugins: [preact()],
    build: { minify: process.env.FIC_READER_MINIFY !== '0' },
  }),
  hooks: {
    // Fonts come from the @fontsource packages (with their OFL licences) and the per-theme cover
    // stylesheets from lib/reader/palette.ts: one source for each, nothing committed twice.
    'build:publicAssets': (_wxt, files) => {
      const packages = new Set<string>();
      for (const { pkg, file } of bundledFontFiles()) {
        packages.add(pkg);
        files.push({
          absoluteSrc: join(packageDir(pkg), 'files', file),
          relativeDest: `fonts/${file}`,
        });
      }
      for (const pkg of packages) {
        files.push({
          absoluteSrc: join(packageDir(pkg), 'LICENSE'),
          relativeDest: `fonts/LICENSE-${pkg.split('/')[1]}.txt`,
        });
      }
      for (const theme of THEMES) {
        for (const highContrast of [false, true]) {
          files.push({
            contents: coverCss(theme, highContrast),
            relativeDest: coverFile(theme, highContrast),
          });
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Fic Reader',
    // Only what exists today (issue 13): positions and highlights come with their own issues.
    description:
      'A calm reader view for fan fiction archives: the story, its notes and chapters in your own typography. Nothing leaves your machine.',
    // No <all_urls>, tabs or history: the supported archives only, and activeTab + scripting for
    // a page the reader explicitly asks to open elsewhere.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // Asked for only when the reader turns on the weekly backup into Downloads (issue 12).
    optional_permissions: ['downloads'],
    host_permissions: hostPermissions(),
    // Drawn in assets/icons/icon.svg; scripts/make-icons.ts renders these into public/icons/.
    icons: ICONS,
    action: { default_title: 'Fic Reader', default_icon: ICONS },
    // The reader is a page of ours in a frame over the story (issue 9): the page can neither
    // read it nor drive it. Only that page is offered to web pages (its script, styles and fonts
    // load from the extension itself), on any page because the reader also opens on request
    // elsewhere; Chrome serves it behind a per-session address, so no page can probe for it
    // (Firefox's addresses are random per install anyway).
    web_accessible_resources: [
      {
        resources: ['reader.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
