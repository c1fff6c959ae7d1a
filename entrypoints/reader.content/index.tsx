import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPermissions } from '@/lib/sites/match-patterns';
import { identifyUrl } from '@/lib/sites/index';
import { sendRequest } from '@/lib/messaging/send-request';

export default defineContentScript({
  matches: hostPermissions(),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const id = identifyUrl(new URL(location.href));
    if (!id?.workId) return;
    const title = document.title;
    const reply = await sendRequest({
      type: 'work/opened',
      work: {
        site: id.site,
        workId: id.workId,
        title,
        authors: [],
        fandoms: [],
        url: location.href,
        status: 'unknown',
        pageUrl: location.href,
      },
    });
    const ui = await createShadowRootUi(ctx, {
      name: 'fic-reader',
      position: 'inline',
      anchor: 'html',
      onMount(container) {
        render(
          <div data-testid="reader" data-open-count={reply.ok ? reply.work?.openCount : 0}>
            {title}
          </div>,
          container,
        );
      },
      onRemove() {},
    });
    ui.mount();
  },
});
