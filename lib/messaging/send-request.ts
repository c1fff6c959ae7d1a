import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType } from './protocol';

/** Sends a request to the background and resolves with its typed reply. */
export async function sendRequest<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<Reply<T>> {
  try {
    return (await browser.runtime.sendMessage(request)) as Reply<T>;
  } catch (error) {
    // The background may be restarting (an update); say so rather than throw at the caller.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
