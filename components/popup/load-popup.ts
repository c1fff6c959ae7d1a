import { browser } from 'wxt/browser';
import { askTab } from '@/lib/messaging/open-reader-in-tab';
import { readPopupSnapshot, type PopupSnapshot } from '@/lib/messaging/popup-snapshot';
import type { ReplyData } from '@/lib/messaging/protocol';
import { sendRequest } from '@/lib/messaging/send-request';
import type { TabReply } from '@/lib/messaging/tab-protocol';
import { loadSettings } from '@/lib/settings/storage';
import type { Settings } from '@/lib/settings/values';
import { tabKind, type TabKind } from './tab-kind';

/** How many recent works the popup lists. */
export const RECENT_COUNT = 5;

/** What the popup's library part shows. */
export type PopupLibrary = ReplyData<'popup/state'>;

/** Everything the popup's first frame shows, gathered before it renders (no spinner). */
export interface PopupData {
  settings: Settings;
  tab: { id?: number; url?: string };
  kind: TabKind;
  library: PopupLibrary | { error: string };
  /** The reader in the tab, when it answered in time (undefined: no reader there, or slow). */
  reader?: TabReply;
  /** `library` came from the background's snapshot: ask for a fresh answer once it is shown. */
  fromSnapshot?: boolean;
}

/** The reader's answer, if it comes within `ms`: a busy page must not hold the popup back. */
function soon<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

/** The tab the popup is about: its own window's active tab, or `?tab=ID` (the popup in a tab). */
async function currentTab() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return browser.tabs.get(asked).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The popup's library part for the tab's work. */
export async function loadPopupLibrary(kind: TabKind): Promise<PopupData['library']> {
  const work = kind.kind === 'restricted' ? undefined : kind.work;
  // One more than shown: this page's work may be among them, and is shown above instead.
  const reply = await sendRequest({
    type: 'popup/state',
    recent: RECENT_COUNT + 1,
    ...(work ? { work } : {}),
  });
  return reply.ok ? reply : { error: reply.error };
}

/**
 * The popup's library part from the snapshot, when the snapshot can say everything the popup
 * shows: it holds this page's work, or the whole library (so the work is not in it).
 */
export function libraryFromSnapshot(
  snapshot: PopupSnapshot | undefined,
  kind: TabKind,
): PopupLibrary | undefined {
  if (!snapshot) return undefined;
  const work = kind.kind === 'restricted' ? undefined : kind.work;
  const current =
    work && snapshot.recent.find((w) => w.site === work.site && w.workId === work.workId);
  if (work && !current && !snapshot.complete) return undefined;
  return { ...(current ? { current } : {}), recent: snapshot.recent.slice(0, RECENT_COUNT + 1) };
}

/**
 * Reads the settings, the tab, the library and the tab's reader, as much at once as possible.
 * The library comes from the background's snapshot when it has this page's work (no message to
 * a worker that may be asleep); otherwise the request leaves as soon as the tab's address is
 * known, with the settings still being read.
 */
export async function loadPopup(): Promise<PopupData> {
  const settingsRead = loadSettings();
  const snapshotRead = readPopupSnapshot();
  const tab = await currentTab();
  const kind = tabKind(tab?.url);
  const snapshot = libraryFromSnapshot(await snapshotRead, kind);
  const [settings, found, reader] = await Promise.all([
    settingsRead,
    snapshot ?? loadPopupLibrary(kind),
    tab?.id !== undefined && kind.kind !== 'restricted'
      ? soon(askTab(tab.id, { type: 'reader/state' }), 150)
      : undefined,
  ]);
  // Another install of AO3's software, or a page the reader named itself: the tab's reader
  // knows the work's identity when the address alone does not.
  const named = reader?.site && reader.workId && !('current' in found && found.current);
  const library =
    named && kind.kind === 'other'
      ? await loadPopupLibrary({
          ...kind,
          work: { site: reader.site, workId: reader.workId },
        } as TabKind)
      : found;
  return {
    settings,
    tab: {
      ...(tab?.id !== undefined ? { id: tab.id } : {}),
      ...(tab?.url ? { url: tab.url } : {}),
    },
    kind,
    library,
    ...(reader ? { reader } : {}),
    ...(snapshot && library === found ? { fromSnapshot: true } : {}),
  };
}
