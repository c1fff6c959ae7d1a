import * as v from 'valibot';
import { defineRequest } from '../define-request';
import { text } from '../fields';
import { LIMITS } from '../limits';
import { toLibraryRow } from './library-rows';
import { LIBRARY_PAGE_SIZE } from './page-sizes';

/**
 * The library page's rows: a page of them by last opened (`offset`), or the given works (live
 * updates; those no longer there are listed in `missing`).
 */
export const libraryIndex = defineRequest({
  type: 'library/index',
  schema: v.object({
    type: v.literal('library/index'),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
    /** Works by key (as the `library/changed` broadcast names them). */
    keys: v.optional(
      v.pipe(v.array(text(LIMITS.siteId + 1 + LIMITS.workId)), v.maxLength(LIBRARY_PAGE_SIZE)),
    ),
  }),
  from: ['extension-page'],
  async handle({ offset = 0, keys }, { deps }) {
    if (keys) {
      const records = await deps.library.libraryRecords(keys);
      const found = new Set(records.map((r) => r.work.key));
      return {
        rows: records.map(toLibraryRow),
        missing: keys.filter((k) => !found.has(k)),
        total: undefined,
      };
    }
    const page = await deps.library.libraryPage(offset, LIBRARY_PAGE_SIZE);
    return { rows: page.records.map(toLibraryRow), missing: [] as string[], total: page.total };
  },
});
