import * as v from 'valibot';
import type { WorksRepo } from '../db/works-repo';
import { EXTENSION_PAGE_ONLY, RequestSchema, type Reply, type RequestType } from './protocol';
import { sameSite, workFromSender } from './work-from-sender';

/** The parts of a message's sender the background looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

/** What the handler needs from the background. */
export interface HandlerDeps {
  works: WorksRepo;
  /** This extension's id and the URL prefix of its pages ("chrome-extension://<id>/"). */
  extensionId: string;
  extensionOrigin: string;
  /** Whether the reader asked for private windows to be recorded. */
  recordPrivateWindows: () => Promise<boolean>;
}

type AnyReply = Reply<RequestType>;

/**
 * Builds the background's message handler: validates the message, checks the sender may send it,
 * then runs it. Never throws; every failure is an `{ ok: false, error }` reply.
 */
export function createRequestHandler(deps: HandlerDeps) {
  return async (message: unknown, sender: Sender): Promise<AnyReply> => {
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success) {
      return { ok: false, error: `invalid message: ${v.summarize(parsed.issues)}` };
    }
    if (sender.id !== deps.extensionId) return { ok: false, error: 'unknown sender' };
    const request = parsed.output;
    const fromExtensionPage = sender.url?.startsWith(deps.extensionOrigin) === true;
    if (EXTENSION_PAGE_ONLY.has(request.type) && !fromExtensionPage) {
      return { ok: false, error: `${request.type} is only for the extension's own pages` };
    }
    try {
      switch (request.type) {
        case 'work/opened': {
          if (!sender.tab || !sender.url) return { ok: false, error: 'not sent from a tab' };
          const senderUrl = new URL(sender.url);
          const checked = workFromSender(request.work, senderUrl);
          if (!checked.ok) return checked;
          // The work's own page must be on the same site as the tab reporting it.
          if (!sameSite(new URL(request.work.url), senderUrl)) {
            return { ok: false, error: 'the work’s address is not on the tab’s site' };
          }
          if (sender.tab.incognito && !(await deps.recordPrivateWindows())) {
            return { ok: true, recorded: false };
          }
          // The page it was read on is the tab's own address, whatever the message says.
          const work = await deps.works.recordOpen({
            ...request.work,
            ...checked.work,
            pageUrl: sender.url,
          });
          return { ok: true, recorded: true, work };
        }
        case 'library/list':
          return { ok: true, works: await deps.works.list(request.limit) };
        case 'library/remove':
          await deps.works.remove({ site: request.site, workId: request.workId });
          return { ok: true, removed: true };
      }
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
