import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';

/** Undoes `library/delete-work` while it can be undone. */
export const libraryUndoDelete = defineRequest({
  type: 'library/undo-delete',
  schema: v.object({ type: v.literal('library/undo-delete'), ...WorkRefSchema.entries }),
  from: ['extension-page'],
  async handle(ref, { deps }) {
    return { restored: await deps.library.undoDelete(workKey(ref), deps.now()) };
  },
});
