import * as v from 'valibot';
import type { StoredWorkV1 } from '../db/schema';
import { count, siteId, WorkSnapshotSchema, workId } from './fields';

/** Every request the background answers. */
export const RequestSchema = v.variant('type', [
  /** From a content script: the reader opened a work in this tab. */
  v.object({ type: v.literal('work/opened'), work: WorkSnapshotSchema }),
  /** From an extension page: the library, most recent first. */
  v.object({ type: v.literal('library/list'), limit: v.optional(count) }),
  /** From an extension page: forget a work. */
  v.object({ type: v.literal('library/remove'), site: siteId, workId }),
]);

/** A request to the background. */
export type Request = v.InferOutput<typeof RequestSchema>;

/** The name of a request. */
export type RequestType = Request['type'];

/** What each request answers when it succeeds. */
export interface ReplyData {
  'work/opened': { recorded: boolean; work?: StoredWorkV1 };
  'library/list': { works: StoredWorkV1[] };
  'library/remove': { removed: true };
}

/** The background's answer: the data, or a message saying why not. */
export type Reply<T extends RequestType> =
  ({ ok: true } & ReplyData[T]) | { ok: false; error: string };

/** Requests only the extension's own pages (popup, library) may send. */
export const EXTENSION_PAGE_ONLY: ReadonlySet<RequestType> = new Set([
  'library/list',
  'library/remove',
]);
