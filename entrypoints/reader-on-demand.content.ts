import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/lib/content/content-script';
import { extractPage } from '@/lib/sites/extract-page';
import { classifyPage } from '@/lib/sites/classify-page';
import { feedbackOf } from '@/lib/sites/site-urls';

// Injected only when the reader asks (popup or shortcut, through activeTab + scripting) on a
// page of a site we have no adapter for: other AO3 installs by their markup, anything else
// through Readability. Never registered in the manifest, so it never runs by itself.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const page = classifyPage(new URL(location.href), { doc: document });
    runContentScript(ctx, {
      extract: () => extractPage(document, new URL(location.href)),
      feedback: feedbackOf(page.kind === 'known' ? page.site.id : page.site),
      openOnStart: true,
    });
  },
});
