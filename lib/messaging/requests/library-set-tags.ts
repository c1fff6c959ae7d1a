import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { TagsSchema } from '../../progress/work-state';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';
import { toWorkSummary } from '../wire';

/** The reader sets a work's tags (the whole list). */
export const librarySetTags = defineRequest({
  type: 'library/set-tags',
  schema: v.object({
    type: v.literal('library/set-tags'),
    ...WorkRefSchema.entries,
    tags: TagsSchema,
  }),
  from: ['extension-page'],
  async handle({ tags, ...ref }, { deps }) {
    const key = workKey(ref);
    const work = await deps.library.setTags(key, tags, deps.now());
    return { work: toWorkSummary(work, (await deps.reading.state(key)).progress) };
  },
});
