import { browser } from 'wxt/browser';
import type { RequestDeps } from '../messaging/define-request';
import { POPUP_SNAPSHOT_KEY, SNAPSHOT_SIZE, type PopupSnapshot } from '../messaging/popup-snapshot';
import { popupLibrary } from '../messaging/requests/popup-state';

/** Writes the snapshot where the popup reads it. */
export type SnapshotWriter = (snapshot: PopupSnapshot) => Promise<void>;

const toSession: SnapshotWriter = (snapshot) =>
  browser.storage.session.set({ [POPUP_SNAPSHOT_KEY]: snapshot });

/**
 * Keeps the popup's snapshot (lib/messaging/popup-snapshot.ts) in step with the library: the
 * background refreshes it when it starts and after each batch of committed writes (the change
 * feed's). Refreshes never overlap; one asked for while another runs runs once after it, so the
 * last snapshot written is never older than the last write.
 */
export function createPopupSnapshot(deps: RequestDeps, write: SnapshotWriter = toSession) {
  let running: Promise<void> | undefined;
  let again = false;

  async function run(): Promise<void> {
    // `running` is cleared in the same step that finds nothing more to do: a refresh asked for
    // after that starts a run of its own.
    do {
      again = false;
      try {
        // One more than it keeps: a full list of SNAPSHOT_SIZE may or may not be the whole library.
        const { recent } = await popupLibrary(deps, SNAPSHOT_SIZE + 1, undefined, true);
        await write({
          recent: recent.slice(0, SNAPSHOT_SIZE),
          complete: recent.length <= SNAPSHOT_SIZE,
        });
      } catch (error) {
        // The popup then asks the background, as it does with no snapshot.
        console.warn('Fic Reader: the popup snapshot could not be refreshed', error);
      }
    } while (again);
    running = undefined;
  }

  /** Refreshes the snapshot; resolves once a snapshot taken after this call is written. */
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  }

  return { refresh };
}
