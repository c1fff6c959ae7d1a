import * as v from 'valibot';
import { defineRequest } from '../define-request';
import { count } from '../fields';
import { toWorkV1 } from '../wire';

/** Today's popup and library list: works, most recently opened first, in the v1 shape. */
export const libraryList = defineRequest({
  type: 'library/list',
  schema: v.object({ type: v.literal('library/list'), limit: v.optional(count) }),
  from: ['extension-page'],
  async handle({ limit }, { deps }) {
    return { works: (await deps.works.list(limit)).map(toWorkV1) };
  },
});
