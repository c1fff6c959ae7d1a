import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest, type RequestDeps } from '../define-request';
import { WorkRefSchema } from '../fields';
import type { ChapterLabel, PopupWork } from '../popup-snapshot';
import { toWorkSummary } from '../wire';
import type { WorkRef } from '../../sites/types';

/** A chapter as the popup names it: its number and title, as far as they are known. */
function labelOf(
  chapter: { number?: number; title?: string } | undefined,
): ChapterLabel | undefined {
  return (
    chapter && {
      ...(chapter.number !== undefined ? { number: chapter.number } : {}),
      ...(chapter.title !== undefined ? { title: chapter.title } : {}),
    }
  );
}

/** A work with the chapter of its last place named (undefined: no such work). */
async function currentWork(deps: RequestDeps, key: string): Promise<PopupWork | undefined> {
  const state = await deps.reading.state(key);
  if (!state.work) return undefined;
  const id = state.progress?.last?.chapterId;
  const lastChapter = labelOf(id ? state.chapters.find((c) => c.chapterId === id) : undefined);
  return { ...toWorkSummary(state.work, state.progress), ...(lastChapter ? { lastChapter } : {}) };
}

/**
 * What the popup shows from the library: this tab's work (when it is in the library) with the
 * chapter of its last place, and the `recent` most recently opened works. The background's
 * popup snapshot (lib/background/popup-snapshot.ts) is the same answer, with every recent work's
 * chapter named: one small read each (it is taken after every batch of writes, about once a
 * second while someone reads, so it never reads a work's whole state).
 */
export async function popupLibrary(
  deps: RequestDeps,
  recent: number,
  work?: WorkRef,
  nameChapters = false,
): Promise<{ current?: PopupWork; recent: PopupWork[] }> {
  const recentWorks = await deps.library.recent(recent);
  const named = await Promise.all(
    recentWorks.map(async ({ work: w, progress }) => {
      const id = progress?.last?.chapterId;
      const chapter = nameChapters && id ? await deps.library.chapter(w.key, id) : undefined;
      const lastChapter = labelOf(chapter);
      return { ...toWorkSummary(w, progress), ...(lastChapter ? { lastChapter } : {}) };
    }),
  );
  const current = work ? await currentWork(deps, workKey(work)) : undefined;
  return { ...(current ? { current } : {}), recent: named };
}

/** The popup's answer, in one reply so it renders in one frame. */
export const popupState = defineRequest({
  type: 'popup/state',
  schema: v.object({
    type: v.literal('popup/state'),
    work: v.optional(WorkRefSchema),
    recent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  }),
  from: ['extension-page'],
  handle: ({ work, recent }, { deps }) => popupLibrary(deps, recent, work),
});
