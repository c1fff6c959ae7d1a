import type { ChapterOnPage, WorkState } from '../db/reading-repo';
import { RefusedError } from '../db/refused';
import type { OpenedWork } from '../db/work-open';
import { workKey } from '../db/work-key';
import type { ReadingMessage, ReadingReply } from '../messaging/reading-protocol';
import { toChapterView, toHighlightView, toProgressView, toWorkSummary } from '../messaging/wire';
import { sameSite, workFromSender } from '../messaging/work-from-sender';

/** The reader's `open` message. */
export type OpenMessage = Extract<ReadingMessage, { type: 'open' }>;

/**
 * What an `open` may record: the work the **tab's address** shows (a claim that disagrees is
 * refused), its metadata, the tab's own address as the page read, and the chapters on the page.
 */
export function checkOpen(message: OpenMessage, pageUrl: URL) {
  const checked = workFromSender(message.work, pageUrl);
  if (!checked.ok) throw new RefusedError(checked.error);
  if (!sameSite(new URL(message.work.url), pageUrl)) {
    throw new RefusedError('the work’s address is not on the tab’s site');
  }
  const chapters: ChapterOnPage[] = message.chapters.map(({ id, index, number, title, words }) => ({
    id,
    ...(index !== undefined ? { index } : number !== undefined ? { index: number - 1 } : {}),
    ...(number !== undefined ? { number } : {}),
    ...(title !== undefined ? { title } : {}),
    words,
  }));
  const title = message.chapters.find((c) => c.id === message.chapterId)?.title;
  const opened: OpenedWork = {
    ...message.work,
    ...checked.work,
    pageUrl: pageUrl.href,
    ...(message.chapterId !== undefined ? { chapterId: message.chapterId } : {}),
    ...(title !== undefined ? { chapterTitle: title } : {}),
  };
  return { key: workKey(checked.work), opened, chapters };
}

/** The answer to `open`: everything stored about the work, as the reader shows it. */
export function stateReply(state: WorkState, recording: boolean): ReadingReply {
  return {
    type: 'state',
    recording,
    work: state.work ? toWorkSummary(state.work, state.progress) : null,
    progress: state.progress ? toProgressView(state.progress) : null,
    chapters: state.chapters.map(toChapterView),
    highlights: state.highlights.map(toHighlightView),
  };
}
