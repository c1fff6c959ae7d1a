import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';
import { toLibraryRow } from './library-rows';

/** Rows per page: small answers, so the page parses each in well under a frame. */
export const LIBRARY_PAGE_SIZE = 500;

/**
 * The library page's rows: a page of them by last opened (`offset`), or the given works (live
 * updates; those no longer there are listed in `missing`).
 */
export const libraryIndex = defineRequest({
  type: 'library/index',
  schema: v.object({
    type: v.literal('library/index'),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
    works: v.optional(v.pipe(v.array(WorkRefSchema), v.maxLength(LIBRARY_PAGE_SIZE))),
  }),
  from: ['extension-page'],
  async handle({ offset = 0, works }, { deps }) {
    if (works) {
      const keys = works.map(workKey);
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
