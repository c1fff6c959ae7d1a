import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReaderSession } from '@/components/reader/reader-session';
import { extractPage } from '@/lib/sites/extract-page';

// Injected only when the reader asks (popup or shortcut, through activeTab + scripting) on a
// page of a site we have no adapter for: other AO3 installs by their markup, anything else
// through Readability. Never registered in the manifest, so it never runs by itself.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    startReaderSession(ctx, { extract: () => extractPage(document, new URL(location.href)) });
  },
});
