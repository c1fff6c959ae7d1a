import { browser } from 'wxt/browser';
import { coverFile } from '../reader/palette';
import type { Settings } from '../settings/values';
import { matchPatterns, SITE_URLS } from '../sites/site-urls';

const ID = 'fic-reader-cover';

let queue: Promise<void> = Promise.resolve();

/**
 * Registers the cover stylesheet for the reader's theme on the sites where the reader opens by
 * itself, so a story page's first frame is already the reader's colour (no white flash, no
 * flash of the site). Re-registered whenever the theme or those sites change.
 */
export function syncCoverRegistration(settings: Settings): Promise<void> {
  queue = queue
    .then(async () => {
      const matches = matchPatterns(
        SITE_URLS.filter((site) => !settings.autoOpenOff.includes(site.id)),
      );
      const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
      if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ID] });
      if (matches.length === 0) return;
      await browser.scripting.registerContentScripts([
        {
          id: ID,
          matches,
          css: [coverFile(settings.theme, settings.highContrast)],
          runAt: 'document_start',
          persistAcrossSessions: true,
        },
      ]);
    })
    .catch((error: unknown) => {
      // Without the cover the reader still opens; the site's page just shows first.
      console.warn('Fic Reader: could not register the cover', error);
    });
  return queue;
}
