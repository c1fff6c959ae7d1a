import * as v from 'valibot';
import type { StoredWorkV1 } from '../db/schema';
import { isHttpUrl } from '../sites/common/url';
import { isSiteId } from '../sites/index';
import type { SiteId } from '../sites/types';

// Every message is checked at run time: a content script runs in a page we do not control, so
// what it sends is untrusted, and sizes are bounded so a hostile page cannot bloat the database.
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const httpUrl = v.pipe(v.string(), v.maxLength(4096), v.check(isHttpUrl, 'must be an http(s) URL'));
const siteId = v.custom<SiteId>(
  (value) => typeof value === 'string' && value.length <= 300 && isSiteId(value),
  'unknown site',
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

const LinkSchema = v.object({ name: text(500), url: v.optional(httpUrl) });

/** The metadata a reader reports when it opens a work. */
export const WorkSnapshotSchema = v.object({
  site: siteId,
  workId: text(2048),
  title: text(1000),
  authors: v.pipe(v.array(LinkSchema), v.maxLength(100)),
  fandoms: v.pipe(v.array(text(500)), v.maxLength(200)),
  url: httpUrl,
  words: v.optional(count),
  chapterCount: v.optional(text(50)),
  status: v.picklist(['complete', 'in-progress', 'unknown']),
  chapterId: v.optional(text(200)),
  chapterTitle: v.optional(text(1000)),
  pageUrl: httpUrl,
});

/** Every request the background answers. */
export const RequestSchema = v.variant('type', [
  /** From a content script: the reader opened a work in this tab. */
  v.object({ type: v.literal('work/opened'), work: WorkSnapshotSchema }),
  /** From an extension page: the library, most recent first. */
  v.object({ type: v.literal('library/list'), limit: v.optional(count) }),
  /** From an extension page: forget a work. */
  v.object({ type: v.literal('library/remove'), site: siteId, workId: text(2048) }),
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
