import { loadPopup, type PopupData } from './load-popup';

/**
 * The popup's data, asked for by a small classic script in the popup's <head> while the page's
 * modules are still loading (entrypoints/popup-prefetch): an extension page's scripts start
 * ~40 ms after it opens, and the modules ~10 ms after that, so the first frame, which waits
 * for the data, comes that much sooner. The module takes the same promise; nothing is asked
 * twice.
 */
const KEY = '__ficReaderPopupData';

type Holder = { [KEY]?: Promise<PopupData> };

/** Starts loading the popup's data (the classic script in the head). */
export function prefetchPopup(target: object = globalThis): void {
  performance.mark('fic-reader:popup-prefetch');
  (target as Holder)[KEY] = loadPopup();
}

/** The data the head script started loading, or a load started now (no head script ran). */
export function takePopupData(target: object = globalThis): Promise<PopupData> {
  const holder = target as Holder;
  const early = holder[KEY];
  holder[KEY] = undefined;
  return early ?? loadPopup();
}
