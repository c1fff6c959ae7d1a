import type { ContentScriptDefinition } from 'wxt';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '../sites/site-urls';
import type { SiteAdapter } from '../sites/types';
import { runContentScript } from './content-script';

/**
 * The content script of one supported site: it runs from the very start of the site's pages
 * (the URL alone says whether a page is a story, so the reader can cover it and paint before it
 * has loaded) and bundles that site's adapter only. WXT's start-up message, which would give the
 * extension's id to the page, is turned off.
 */
export function siteContentScript(adapter: SiteAdapter): ContentScriptDefinition {
  return defineContentScript({
    matches: matchPatterns([adapter]),
    runAt: 'document_start',
    cssInjectionMode: 'manual',
    noScriptStartedPostMessage: true,
    main(ctx) {
      runContentScript(ctx, {
        extract: () => adapter.extract(document, new URL(location.href)),
        site: adapter,
        feedback: adapter.feedback,
      });
    },
  });
}
