import * as v from 'valibot';
import { defineRequest } from '../define-request';

/** Clears all reading history (the page asks the reader first; `confirm` must say so). */
export const libraryClearHistory = defineRequest({
  type: 'library/clear-history',
  schema: v.object({ type: v.literal('library/clear-history'), confirm: v.literal(true) }),
  from: ['extension-page'],
  async handle(_request, { deps }) {
    return { cleared: await deps.library.clearAll(deps.now()) };
  },
});
