import * as v from 'valibot';
import { RefusedError } from '../../db/refused';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';
import { toChapterView, toHighlightView, toWorkSummary } from '../wire';

/** One work's detail page: its summary, chapters (marks, time) and highlights. */
export const libraryWork = defineRequest({
  type: 'library/work',
  schema: v.object({ type: v.literal('library/work'), ...WorkRefSchema.entries }),
  from: ['extension-page'],
  async handle(ref, { deps }) {
    const state = await deps.reading.state(workKey(ref));
    if (!state.work) throw new RefusedError('no such work');
    const chapters = [...state.chapters].sort(
      (a, b) => (a.index ?? Infinity) - (b.index ?? Infinity),
    );
    return {
      work: toWorkSummary(state.work, state.progress),
      chapters: chapters.map(toChapterView),
      highlights: state.highlights.map(toHighlightView),
    };
  },
});
