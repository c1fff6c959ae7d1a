import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askTab, openReaderInTab } from '@/lib/messaging/open-reader-in-tab';
import type { TabReply } from '@/lib/messaging/tab-protocol';
import { detectSiteUrls } from '@/lib/sites/site-urls';
import type { KnownSiteId } from '@/lib/sites/types';

/** Props of CurrentTab. */
export interface CurrentTabProps {
  /** Reports the supported site of the tab, for the settings' per-site switch. */
  onSite?: (site: { id: KnownSiteId; name: string } | undefined) => void;
}

/**
 * The page in the current tab: is it a story, is the reader open, and a button to open it.
 * On sites we have no adapter for, the button injects the reader for this page only.
 */
export function CurrentTab({ onSite }: CurrentTabProps) {
  const [tabId, setTabId] = useState<number>();
  const [state, setState] = useState<TabReply | null | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      if (tab?.id === undefined) return setState(null);
      setTabId(tab.id);
      const site = tab.url ? detectSiteUrls(new URL(tab.url)) : undefined;
      onSite?.(site ? { id: site.id, name: site.name } : undefined);
      setState((await askTab(tab.id, { type: 'reader/state' })) ?? null);
    });
  }, []);

  const open = async () => {
    if (tabId === undefined) return;
    const reply = await openReaderInTab(tabId, Boolean(state?.open));
    setState(reply);
    if (reply.ok) window.close();
    else setMessage(reply.reason ?? 'This page has no story the reader could find.');
  };

  if (state === undefined) return <p class="muted">Looking at this page…</p>;
  const label = state?.open
    ? 'Close the reader'
    : state?.story
      ? 'Open in reader'
      : 'Open this page in the reader';
  return (
    <section aria-labelledby="this-page" class="current-tab">
      <h2 id="this-page">This page</h2>
      {state?.title && <p class="tab-title">{state.title}</p>}
      {state?.story === false && state.reason && <p class="muted">Not a story: {state.reason}</p>}
      <button
        type="button"
        class="fr-btn primary"
        onClick={() => void open()}
        data-testid="open-in-reader"
      >
        {label}
      </button>
      {message && (
        <p role="alert" class="muted">
          {message}
        </p>
      )}
    </section>
  );
}
