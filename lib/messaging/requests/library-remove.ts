import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';

/** Today's "forget a work": now a deletion with undo, like `library/delete-work`. */
export const libraryRemove = defineRequest({
  type: 'library/remove',
  schema: v.object({ type: v.literal('library/remove'), ...WorkRefSchema.entries }),
  from: ['extension-page'],
  async handle(ref, { deps }) {
    await deps.library.deleteWork(workKey(ref), deps.now());
    return { removed: true as const };
  },
});
