import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReaderSession } from '@/components/reader/reader-session';
import { uncover } from '@/lib/reader/page-cover';
import { detectSite } from '@/lib/sites/all-adapters';
import { hostPermissions } from '@/lib/sites/site-urls';

// On the supported archives, from the very start of the page: the URL alone says whether this
// is a story, so the reader can cover the page and paint before the page has finished loading.
export default defineContentScript({
  matches: hostPermissions(),
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    try {
      const site = detectSite(new URL(location.href));
      if (!site) return uncover(document);
      startReaderSession(ctx, {
        extract: () => site.extract(document, new URL(location.href)),
        site: { id: site.id, name: site.name, isStoryUrl: (url) => site.identify(url) !== null },
      });
    } catch (error) {
      // Whatever went wrong, the page is shown as the site made it.
      uncover(document);
      throw error;
    }
  },
});
