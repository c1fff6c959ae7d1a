import * as v from 'valibot';
import { defineRequest } from '../define-request';
import { toHighlightView, type HighlightView } from '../wire';
import { HIGHLIGHT_GROUPS_PAGE } from './page-sizes';

/** A work's highlights, in text order, with what the browser shows and exports of the work. */
export interface HighlightGroup {
  key: string;
  title: string;
  authors: string[];
  fandoms: string[];
  url: string;
  lastUrl: string;
  highlights: HighlightView[];
}

/** Highlights in text order: by chapter, then by where they start. */
function textOrder(chapterIndex: Map<string, number>) {
  return (a: HighlightView, b: HighlightView) =>
    (chapterIndex.get(a.chapterId) ?? Infinity) - (chapterIndex.get(b.chapterId) ?? Infinity) ||
    a.anchor.start.block - b.anchor.start.block ||
    a.anchor.start.offset - b.anchor.start.offset;
}

/** Every work's highlights (not removed), a page of works at a time (`offset`). */
export const libraryHighlightGroups = defineRequest({
  type: 'library/highlight-groups',
  schema: v.object({
    type: v.literal('library/highlight-groups'),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
  }),
  from: ['extension-page'],
  async handle({ offset = 0 }, { deps }) {
    const keys = await deps.library.worksWithHighlights(offset, HIGHLIGHT_GROUPS_PAGE);
    const groups: HighlightGroup[] = [];
    for (const key of keys) {
      const { work, chapters, highlights } = await deps.reading.state(key);
      if (!work || highlights.length === 0) continue;
      const order = new Map(chapters.map((c) => [c.chapterId, c.index ?? Infinity]));
      groups.push({
        key,
        title: work.title,
        authors: work.authors.map((a) => a.name),
        fandoms: work.fandoms,
        url: work.url,
        lastUrl: work.lastUrl,
        highlights: highlights.map(toHighlightView).sort(textOrder(order)),
      });
    }
    return { groups, done: keys.length < HIGHLIGHT_GROUPS_PAGE };
  },
});
