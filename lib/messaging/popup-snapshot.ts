import { browser } from 'wxt/browser';
import type { WorkSummary } from './wire';

/** The chapter a work was last read in, as the popup names it. */
export interface ChapterLabel {
  number?: number;
  title?: string;
}

/** A work as the popup shows it: its summary and the chapter of its last place. */
export type PopupWork = WorkSummary & { lastChapter?: ChapterLabel };

/**
 * The popup's library part, kept ready by the background in `storage.session` after each write
 * commits (lib/background/popup-snapshot.ts), so the popup's first frame needs no answer from a
 * service worker that may be asleep (waking it costs 30-50 ms, more with a large library).
 * `storage.session` is memory only and readable by extension pages, not content scripts.
 */
export interface PopupSnapshot {
  /** The most recently opened works, newest first, each with its last chapter named. */
  recent: PopupWork[];
  /** True when `recent` holds every work in the library (a work missing from it is not there). */
  complete: boolean;
}

/** Where the snapshot lives in `storage.session`. */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';

/** How many works the snapshot holds: the popup's five, and this page's work when it is recent. */
export const SNAPSHOT_SIZE = 12;

/** The snapshot, or undefined when there is none (or it cannot be read, or is not one). */
export async function readPopupSnapshot(): Promise<PopupSnapshot | undefined> {
  try {
    const stored = await browser.storage.session.get(POPUP_SNAPSHOT_KEY);
    const snapshot = stored[POPUP_SNAPSHOT_KEY] as Partial<PopupSnapshot> | undefined;
    return snapshot && Array.isArray(snapshot.recent) && typeof snapshot.complete === 'boolean'
      ? (snapshot as PopupSnapshot)
      : undefined;
  } catch {
    return undefined;
  }
}
