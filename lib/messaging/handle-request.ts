import * as v from 'valibot';
import { RefusedError } from '../db/refused';
import type { RequestDeps } from './define-request';
import { LIMITS } from './limits';
import { REQUESTS } from './requests/index';
import { classifySender, type Sender, type SenderContext } from './sender';

export type { Sender };

/** What the dispatcher needs: the handlers' dependencies and who the extension is. */
export type HandlerDeps = RequestDeps & SenderContext;

/** Any request's answer. */
export type AnyReply = { ok: true } | { ok: false; error: string };

type AnyDefinition = (typeof REQUESTS)[number];
const BY_TYPE = new Map<string, AnyDefinition>(REQUESTS.map((r) => [r.type, r]));

/** The serialised size of a message, or Infinity when it cannot be serialised. */
export function messageBytes(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/**
 * Builds the background's message handler: refuses other extensions, finds the request by name,
 * refuses what is too large or does not match its schema, checks the sender may send it, then
 * runs it. Never throws; every failure is an `{ ok: false, error }` reply.
 */
export function createRequestHandler(deps: HandlerDeps) {
  return async (message: unknown, sender: Sender): Promise<AnyReply> => {
    const from = classifySender(sender, deps);
    if (from.kind === 'refused' && from.error === 'unknown sender') {
      return { ok: false, error: from.error };
    }
    const type = (message as { type?: unknown } | null)?.type;
    const definition = typeof type === 'string' ? BY_TYPE.get(type) : undefined;
    if (!definition) return { ok: false, error: 'invalid message: unknown request' };
    if (messageBytes(message) > (definition.maxBytes ?? LIMITS.messageBytes)) {
      return { ok: false, error: 'invalid message: too large' };
    }
    const parsed = v.safeParse(definition.schema, message);
    if (!parsed.success) {
      return { ok: false, error: `invalid message: ${v.summarize(parsed.issues)}` };
    }
    if (from.kind === 'refused') return { ok: false, error: from.error };
    if (!(definition.from as readonly string[]).includes(from.kind)) {
      return { ok: false, error: `${definition.type} is not accepted from ${from.kind}` };
    }
    try {
      // The table's entries are checked one by one above; TypeScript cannot follow the pairing.
      const handle = definition.handle as (r: unknown, c: unknown) => Promise<object>;
      return { ok: true, ...(await handle(parsed.output, { sender: from, deps })) };
    } catch (error) {
      if (error instanceof RefusedError) return { ok: false, error: error.message };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
