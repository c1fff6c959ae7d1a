import * as v from 'valibot';
import { defineRequest } from '../define-request';
import { count } from '../fields';
import { toWorkSummary } from '../wire';

/** The library: every work with its progress summary, most recently opened first. */
export const libraryWorks = defineRequest({
  type: 'library/works',
  schema: v.object({ type: v.literal('library/works'), limit: v.optional(count) }),
  from: ['extension-page'],
  async handle({ limit }, { deps }) {
    const list = await deps.library.list(limit);
    return { works: list.map(({ work, progress }) => toWorkSummary(work, progress)) };
  },
});
