import { useEffect, useRef } from 'preact/hooks';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  LibraryChangedSchema,
  type LibraryChanged,
} from '@/lib/messaging/requests/library-changed';

/**
 * Calls `onChange` when the background says works changed (reading in another tab, an import):
 * open popups and library pages stay current without polling.
 */
export function useLibraryChanges(onChange: (change: LibraryChanged) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    // Returns nothing: this page must never answer another page's request to the background.
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const parsed = v.safeParse(LibraryChangedSchema, message);
      if (parsed.success) latest.current(parsed.output);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
