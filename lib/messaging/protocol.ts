import type * as v from 'valibot';
import type { REQUESTS } from './requests/index';

// Types only: the content script and the popup import these without bundling the handlers.

type Definition = (typeof REQUESTS)[number];

/** A request to the background. */
export type Request = v.InferOutput<Definition['schema']>;

/** The name of a request. */
export type RequestType = Definition['type'];

/** What a request answers when it succeeds. */
export type ReplyData<T extends RequestType> = Awaited<
  ReturnType<Extract<Definition, { type: T }>['handle']>
>;

/** The background's answer: the data, or a message saying why not. */
export type Reply<T extends RequestType> =
  ({ ok: true } & ReplyData<T>) | { ok: false; error: string };
