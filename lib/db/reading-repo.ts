import { localDay } from '../progress/activity';
import {
  applyChapterMeta,
  applyChapterMove,
  applyReadMark,
  emptyChapter,
  isRead,
  type ChapterMeta,
} from '../progress/chapter-state';
import type { Position } from '../progress/position';
import {
  applyChapterMark,
  applyMove,
  applyResetFurthest,
  emptyProgress,
} from '../progress/progress-state';
import { nextStamp } from '../progress/stamped';
import type { FicDbHandle } from './open-db';
import type { StoredChapter, StoredHighlight, StoredProgress, StoredWork } from './schema';
import { workAfterOpen, type OpenedWork } from './work-open';

/** A chapter as the page that was opened shows it. */
export interface ChapterOnPage extends ChapterMeta {
  id: string;
}

/** Everything the reader needs about a work when it opens. */
export interface WorkState {
  work?: StoredWork;
  progress?: StoredProgress;
  chapters: StoredChapter[];
  /** Every highlight of the work that is not removed, whatever chapter it is in. */
  highlights: StoredHighlight[];
}

/** What a progress write changed; `recorded` is false when nothing was written. */
export interface ProgressChange {
  recorded: boolean;
  progress?: StoredProgress;
  chapters: StoredChapter[];
}

/** A position report: where, how long the reader was active, and the words read since the last. */
export interface PositionReport {
  position: Position;
  activeMs: number;
  words: number;
  /** The page the reader was reading on: the work's `lastUrl` becomes it (where to continue). */
  pageUrl?: string;
}

const NOT_RECORDED: ProgressChange = { recorded: false, chapters: [] };

/** Creates the repository the reading port writes through; every write resolves after commit. */
export function createReadingRepo(dbHandle: FicDbHandle) {
  async function readState(key: string): Promise<WorkState> {
    const db = await dbHandle;
    const tx = db.transaction(['works', 'progress', 'chapters', 'highlights']);
    const [work, progress, chapters, highlights] = await Promise.all([
      tx.objectStore('works').get(key),
      tx.objectStore('progress').get(key),
      tx.objectStore('chapters').index('by-work').getAll(key),
      tx.objectStore('highlights').index('by-work').getAll(key),
    ]);
    return { work, progress, chapters, highlights: highlights.filter((h) => !h.removed.value) };
  }

  return {
    /** The work's state without writing anything (a private window that is not recorded). */
    state: readState,

    /** Records an open: the work's metadata and open log, and the chapters on the page. */
    async open(key: string, opened: OpenedWork, chapters: ChapterOnPage[], now: number) {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'chapters'], 'readwrite');
      const works = tx.objectStore('works');
      const store = tx.objectStore('chapters');
      const previous = await works.get(key);
      const stamp = nextStamp(now, previous?.updatedAt);
      await works.put(workAfterOpen(previous, opened, stamp));
      for (const { id, ...meta } of chapters) {
        const chapter = (await store.get([key, id])) ?? {
          work: key,
          chapterId: id,
          ...emptyChapter(),
        };
        await store.put(applyChapterMeta(chapter, meta));
      }
      await tx.done;
      return readState(key);
    },

    /** Records a move: last, furthest, the chapter's place, time and the day's reading. */
    async savePosition(key: string, report: PositionReport, now: number): Promise<ProgressChange> {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'progress', 'chapters', 'activity'], 'readwrite');
      // The work was deleted since the tab opened it: keep it deleted.
      const work = await tx.objectStore('works').get(key);
      if (!work) return NOT_RECORDED;
      const { chapterId } = report.position;
      const progress = (await tx.objectStore('progress').get(key)) ?? { key, ...emptyProgress() };
      const chapter = (await tx.objectStore('chapters').get([key, chapterId])) ?? {
        work: key,
        chapterId,
        ...emptyChapter(),
      };
      const stamp = nextStamp(now, Math.max(progress.updatedAt, chapter.updatedAt));
      const move = { position: report.position, stamp, activeMs: report.activeMs };
      const nextProgress = applyMove(progress, move);
      const nextChapter = applyChapterMove(chapter, move);
      const day = localDay(stamp);
      const activity = tx.objectStore('activity');
      const today = (await activity.get([day, key])) ?? { day, work: key, activeMs: 0, words: 0 };
      await tx.objectStore('progress').put(nextProgress);
      await tx.objectStore('chapters').put(nextChapter);
      // Where the reader last read, not only looked (a page opened and left unread keeps it).
      if (report.pageUrl && report.pageUrl !== work.lastUrl) {
        await tx.objectStore('works').put({ ...work, lastUrl: report.pageUrl });
      }
      await activity.put({
        ...today,
        activeMs: today.activeMs + report.activeMs,
        words: today.words + report.words,
        updatedAt: stamp,
      });
      await tx.done;
      return { recorded: true, progress: nextProgress, chapters: [nextChapter] };
    },

    /** Marks a chapter read (automatically or by hand) or, explicitly, unread. */
    async markChapter(
      key: string,
      mark: { chapterId: string; chapterIndex?: number; read: boolean },
      now: number,
    ): Promise<ProgressChange> {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'progress', 'chapters'], 'readwrite');
      const work = await tx.objectStore('works').get(key);
      if (!work) return NOT_RECORDED;
      const store = tx.objectStore('chapters');
      const all = await store.index('by-work').getAll(key);
      const chapter = all.find((c) => c.chapterId === mark.chapterId) ?? {
        work: key,
        chapterId: mark.chapterId,
        ...emptyChapter(),
      };
      const progress = (await tx.objectStore('progress').get(key)) ?? { key, ...emptyProgress() };
      const stamp = nextStamp(now, Math.max(progress.updatedAt, chapter.updatedAt));
      const index = mark.chapterIndex ?? chapter.index;
      const nextChapter = applyReadMark(
        index !== undefined ? { ...chapter, index } : chapter,
        mark.read,
        stamp,
      );
      const others = all.filter((c) => c.chapterId !== mark.chapterId);
      const chaptersRead = others.filter(isRead).length + (mark.read ? 1 : 0);
      // The last chapter: as the page states the count, or the furthest one seen.
      const seen = Math.max(-1, ...all.map((c) => c.index ?? -1), index ?? -1);
      const lastIndex = work.chapterTotal ? work.chapterTotal.value - 1 : seen;
      const nextProgress = applyChapterMark(
        progress,
        { read: mark.read, chapterIndex: index ?? -1, lastIndex, chaptersRead },
        stamp,
      );
      await store.put(nextChapter);
      await tx.objectStore('progress').put(nextProgress);
      await tx.done;
      return { recorded: true, progress: nextProgress, chapters: [nextChapter] };
    },

    /** Moves furthest to `position` (default: the last position), even backwards: the reader asked. */
    async resetFurthest(key: string, position: Position | undefined, now: number) {
      const db = await dbHandle;
      const tx = db.transaction(['works', 'progress'], 'readwrite');
      const progress = await tx.objectStore('progress').get(key);
      const to = position ?? progress?.last;
      if (!progress || !to || !(await tx.objectStore('works').getKey(key))) return NOT_RECORDED;
      const next = applyResetFurthest(progress, to, nextStamp(now, progress.updatedAt));
      await tx.objectStore('progress').put(next);
      await tx.done;
      return { recorded: true, progress: next, chapters: [] } satisfies ProgressChange;
    },
  };
}

/** The reading repository. */
export type ReadingRepo = ReturnType<typeof createReadingRepo>;
