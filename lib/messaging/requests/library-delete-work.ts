import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';

/** Deletes a work's data (progress, chapters, highlights, activity); undo is possible for a day. */
export const libraryDeleteWork = defineRequest({
  type: 'library/delete-work',
  schema: v.object({ type: v.literal('library/delete-work'), ...WorkRefSchema.entries }),
  from: ['extension-page'],
  async handle(ref, { deps }) {
    const deleted = await deps.library.deleteWork(workKey(ref), deps.now());
    return deleted ? { deleted: true, undoUntil: deleted.undoUntil } : { deleted: false };
  },
});
