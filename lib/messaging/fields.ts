import * as v from 'valibot';
import { isHttpUrl } from '../sites/common/url';
import { isSiteId } from '../sites/site-urls';
import type { SiteId } from '../sites/types';
import { LIMITS } from './limits';

// Every message is checked at run time: a content script runs in a page we do not control, so
// what it sends is untrusted, and sizes are bounded so a hostile page cannot bloat the database.

/** A string of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** An http(s) address. */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check(isHttpUrl, 'must be an http(s) URL'),
);

/** A site the extension knows. */
export const siteId = v.custom<SiteId>(
  (value) => typeof value === 'string' && value.length <= LIMITS.siteId && isSiteId(value),
  'unknown site',
);

/** A non-negative integer (counts, words). */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

/** A work's id on its site. */
export const workId = text(LIMITS.workId);

/** A chapter's id within its work. */
export const chapterId = text(LIMITS.chapterId);

/** A person or tag with its link on the site. */
export const LinkSchema = v.object({ name: text(LIMITS.name), url: v.optional(httpUrl) });

/** A work's metadata as its page states it. */
export const WorkMetaSchema = v.object({
  site: siteId,
  workId,
  title: text(LIMITS.title),
  authors: v.pipe(v.array(LinkSchema), v.maxLength(LIMITS.authors)),
  fandoms: v.pipe(v.array(text(LIMITS.name)), v.maxLength(LIMITS.fandoms)),
  url: httpUrl,
  words: v.optional(count),
  chapterCount: v.optional(text(LIMITS.chapterCount)),
  status: v.picklist(['complete', 'in-progress', 'unknown']),
});

/** A work's metadata as its page states it. */
export type WorkMeta = v.InferOutput<typeof WorkMetaSchema>;

/** What a reader reports with `work/opened`: the metadata, the chapter and the page's address. */
export const WorkSnapshotSchema = v.object({
  ...WorkMetaSchema.entries,
  chapterId: v.optional(chapterId),
  chapterTitle: v.optional(text(LIMITS.chapterTitle)),
  pageUrl: httpUrl,
});

/** What a reader reports with `work/opened`. */
export type WorkSnapshot = v.InferOutput<typeof WorkSnapshotSchema>;

/** A work named by an extension page (the library). */
export const WorkRefSchema = v.object({ site: siteId, workId });
