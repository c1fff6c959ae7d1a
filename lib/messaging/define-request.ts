import type * as v from 'valibot';
import type { HighlightsRepo } from '../db/highlights-repo';
import type { LibraryRepo } from '../db/library-repo';
import type { ReadingRepo } from '../db/reading-repo';
import type { WorksRepo } from '../db/works-repo';
import type { KnownSender, SenderKind } from './sender';

/** What request handlers need from the background. */
export interface RequestDeps {
  works: WorksRepo;
  reading: ReadingRepo;
  highlights: HighlightsRepo;
  library: LibraryRepo;
  /** Whether the reader asked for private windows to be recorded. */
  recordPrivateWindows: () => Promise<boolean>;
  /** The background's clock (the only one that stamps anything). */
  now: () => number;
}

/** What a handler is given besides the request. */
export interface RequestContext<K extends SenderKind = SenderKind> {
  sender: Extract<KnownSender, { kind: K }>;
  deps: RequestDeps;
}

/**
 * One request: its name, its schema (checked before anything else runs), who may send it, the
 * largest message accepted, and its handler. A handler answers with its data (the dispatcher adds
 * `ok: true`) or throws `RefusedError` to answer `{ ok: false, error }`.
 */
export interface RequestDefinition<
  T extends string,
  S extends v.GenericSchema<unknown, { type: T }>,
  K extends SenderKind,
  R extends object,
> {
  type: T;
  schema: S;
  from: readonly K[];
  /** Bytes of the serialised message; `LIMITS.messageBytes` when absent. */
  maxBytes?: number;
  handle(request: v.InferOutput<S>, context: RequestContext<K>): Promise<R>;
}

/** Declares a request (typed; the table in requests/index.ts registers it). */
export function defineRequest<
  T extends string,
  S extends v.GenericSchema<unknown, { type: T }>,
  K extends SenderKind,
  R extends object,
>(definition: RequestDefinition<T, S, K, R>): RequestDefinition<T, S, K, R> {
  return definition;
}
