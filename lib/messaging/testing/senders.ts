import { createDeps } from '../../background/create-deps';
import { freshDb } from '../../db/testing/setup';
import { createRequestHandler } from '../handle-request';
import type { Sender, SenderContext } from '../sender';

/** The extension the tests pretend to be. */
export const CONTEXT: SenderContext = {
  extensionId: 'abc',
  extensionOrigin: 'chrome-extension://abc/',
  readerUrl: 'chrome-extension://abc/reader.html',
};

/** A content script in a tab showing `url`. */
export const tab = (url: string, incognito = false): Sender => ({
  id: 'abc',
  url,
  tab: { id: 1, url, incognito },
});

/** The reader frame inside a tab showing `url`. */
export const readerFrame = (url: string, incognito = false): Sender => ({
  id: 'abc',
  url: CONTEXT.readerUrl,
  tab: { id: 2, url, incognito },
});

/** The popup (no tab). */
export const extensionPage: Sender = { id: 'abc', url: `${CONTEXT.extensionOrigin}popup.html` };

/** Another extension's page, posing as ours in every other respect. */
export const otherExtension = (url: string): Sender => ({ ...tab(url), id: 'other' });

/** A request handler over a fresh database. */
export function setupHandler(recordPrivate = false, now = () => 1_000_000) {
  const db = freshDb('handler');
  const deps = createDeps(db, async () => recordPrivate, now);
  const handle = createRequestHandler({ ...deps, ...CONTEXT });
  return { db, ...deps, handle };
}
