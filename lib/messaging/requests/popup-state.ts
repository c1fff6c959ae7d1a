import * as v from 'valibot';
import { workKey } from '../../db/work-key';
import { defineRequest, type RequestDeps } from '../define-request';
import { WorkRefSchema } from '../fields';
import type { ChapterLabel, PopupWork } from '../popup-snapshot';
import { toWorkSummary } from '../wire';
import type { WorkRef } from '../../sites/types';

/** The chapter of a work's last place, as the popup names it (undefined: none known). */
async function lastChapterOf(deps: RequestDeps, key: string): Promise<PopupWork | undefined> {
  const state = await deps.reading.state(key);
  if (!state.work) return undefined;
  const id = state.progress?.last?.chapterId;
  const chapter = id ? state.chapters.find((c) => c.chapterId === id) : undefined;
  const lastChapter: ChapterLabel | undefined = chapter && {
    ...(chapter.number !== undefined ? { number: chapter.number } : {}),
    ...(chapter.title !== undefined ? { title: chapter.title } : {}),
  };
  return { ...toWorkSummary(state.work, state.progress), ...(lastChapter ? { lastChapter } : {}) };
}

/**
 * What the popup shows from the library: this tab's work (when it is in the library) with the
 * chapter of its last place, and the `recent` most recently opened works. The background's
 * popup snapshot (lib/background/popup-snapshot.ts) is the same answer, with every recent work's
 * chapter named.
 */
export async function popupLibrary(
  deps: RequestDeps,
  recent: number,
  work?: WorkRef,
  nameChapters = false,
): Promise<{ current?: PopupWork; recent: PopupWork[] }> {
  const recentWorks = await deps.library.recent(recent);
  const named = nameChapters
    ? await Promise.all(recentWorks.map((r) => lastChapterOf(deps, r.work.key)))
    : recentWorks.map((r) => toWorkSummary(r.work, r.progress));
  const current = work ? await lastChapterOf(deps, workKey(work)) : undefined;
  return {
    ...(current ? { current } : {}),
    recent: named.filter((w): w is PopupWork => w !== undefined),
  };
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
