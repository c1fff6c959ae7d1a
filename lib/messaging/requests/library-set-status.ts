import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { ReadingStatusSchema } from '../../progress/work-state';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';
import { toWorkSummary } from '../wire';

/** The reader sets (or, with null, clears) a work's status. */
export const librarySetStatus = defineRequest({
  type: 'library/set-status',
  schema: v.object({
    type: v.literal('library/set-status'),
    ...WorkRefSchema.entries,
    status: v.nullable(ReadingStatusSchema),
  }),
  from: ['extension-page'],
  async handle({ status, ...ref }, { deps }) {
    const key = workKey(ref);
    const work = await deps.library.setStatus(key, status, deps.now());
    return { work: toWorkSummary(work, (await deps.reading.state(key)).progress) };
  },
});
