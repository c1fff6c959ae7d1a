import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkRefSchema } from '../fields';
import { toWorkSummary, type WorkSummary } from '../wire';

/** The chapter the reader was last in, as the popup names it. */
export interface ChapterLabel {
  number?: number;
  title?: string;
}

/**
 * Everything the popup shows from the library, in one answer so it renders in one frame: this
 * tab's work (when the tab's URL names one and it is in the library) with the chapter of its
 * last place, and the most recently opened works.
 */
export const popupState = defineRequest({
  type: 'popup/state',
  schema: v.object({
    type: v.literal('popup/state'),
    work: v.optional(WorkRefSchema),
    recent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  }),
  from: ['extension-page'],
  async handle({ work, recent }, { deps }) {
    const page = await deps.library.libraryPage(0, recent);
    const recentWorks = page.records.map((r) => toWorkSummary(r.work, r.progress));
    let current: (WorkSummary & { lastChapter?: ChapterLabel }) | undefined;
    if (work) {
      const state = await deps.reading.state(workKey(work));
      if (state.work) {
        const id = state.progress?.last?.chapterId;
        const chapter = id ? state.chapters.find((c) => c.chapterId === id) : undefined;
        const lastChapter: ChapterLabel | undefined = chapter && {
          ...(chapter.number !== undefined ? { number: chapter.number } : {}),
          ...(chapter.title !== undefined ? { title: chapter.title } : {}),
        };
        current = {
          ...toWorkSummary(state.work, state.progress),
          ...(lastChapter ? { lastChapter } : {}),
        };
      }
    }
    return { ...(current ? { current } : {}), recent: recentWorks, total: page.total };
  },
});
