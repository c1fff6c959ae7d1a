import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { ColorSchema } from '../../progress/highlight';
import { defineRequest } from '../define-request';
import { count, WorkRefSchema } from '../fields';
import { toHighlightView } from '../wire';

/** All highlights across works, newest first; by colour, by work. */
export const libraryHighlights = defineRequest({
  type: 'library/highlights',
  schema: v.object({
    type: v.literal('library/highlights'),
    color: v.optional(ColorSchema),
    work: v.optional(WorkRefSchema),
    limit: v.optional(count),
  }),
  from: ['extension-page'],
  async handle({ color, work, limit }, { deps }) {
    const found = await deps.highlights.list({
      ...(color ? { color } : {}),
      ...(work ? { work: workKey(work) } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
    return { highlights: found.map(toHighlightView) };
  },
});
