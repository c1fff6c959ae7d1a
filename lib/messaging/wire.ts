import type {
  StoredChapter,
  StoredHighlight,
  StoredProgress,
  StoredWork,
  StoredWorkV1,
} from '../db/schema';
import type { ChapterFields } from '../progress/chapter-state';
import type { ColorId, TextAnchor } from '../progress/highlight';
import type { StampedPosition } from '../progress/position';
import type { ProgressFields } from '../progress/progress-state';
import { newChapters, type ReadingStatus } from '../progress/work-state';

// What the background sends to the reader and the library: plain shapes for the UI, made from
// the stored records, so the UI never depends on how (or at which version) they are stored.

/** A work in the library with its progress summary. */
export interface WorkSummary {
  key: string;
  site: StoredWork['site'];
  workId: string;
  title: string;
  authors: StoredWork['authors'];
  fandoms: string[];
  url: string;
  words?: number;
  /** The site's completion state (complete / in-progress / unknown). */
  siteStatus: StoredWork['status'];
  lastUrl: string;
  lastChapterTitle?: string;
  openCount: number;
  lastOpenedAt: number;
  /** The reader's status: the one they set, or "reading" when they set none. */
  status: ReadingStatus;
  /** When the reader set `status`; absent when it is derived. */
  statusSetAt?: number;
  /** The last chapter was read in the current read-through, and the reader has not said so. */
  suggestFinished: boolean;
  tags: string[];
  chapters: { read: number; total?: number; new: number };
  furthest?: StampedPosition;
  last?: StampedPosition;
  activeMs: number;
  readThroughs: number;
  firstReadAt?: number;
  lastReadAt?: number;
}

/** A work's progress as the reader shows it. */
export type ProgressView = Omit<ProgressFields, 'updatedAt'>;

/** One chapter's state as the reader shows it. */
export interface ChapterView extends Omit<ChapterFields, 'read' | 'updatedAt'> {
  chapterId: string;
  read: boolean;
  /** When it was last marked or unmarked. */
  readMarkedAt?: number;
}

/** A highlight as the reader and the library show it. */
export interface HighlightView {
  id: string;
  /** The work's key. */
  work: string;
  chapterId: string;
  anchor: TextAnchor;
  color: ColorId;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Set when removed (undo is still possible through `restore`). */
  deletedAt?: number;
}

/** The library's summary of a work and its progress. */
export function toWorkSummary(work: StoredWork, progress?: StoredProgress): WorkSummary {
  const deliberate = work.readingStatus?.value ?? undefined;
  const current = progress?.readThroughs.value.at(-1);
  const total = work.chapterTotal?.value;
  return {
    key: work.key,
    site: work.site,
    workId: work.workId,
    title: work.title,
    authors: work.authors,
    fandoms: work.fandoms,
    url: work.url,
    ...(work.words !== undefined ? { words: work.words } : {}),
    siteStatus: work.status,
    lastUrl: work.lastUrl,
    ...(work.lastChapterTitle !== undefined ? { lastChapterTitle: work.lastChapterTitle } : {}),
    openCount: work.openCount,
    lastOpenedAt: work.lastOpenedAt,
    status: deliberate ?? 'reading',
    ...(deliberate && work.readingStatus ? { statusSetAt: work.readingStatus.at } : {}),
    suggestFinished: current?.finishedAt !== undefined && deliberate !== 'finished',
    tags: work.tags?.value ?? [],
    chapters: {
      read: progress?.chaptersRead ?? 0,
      ...(total !== undefined ? { total } : {}),
      new: newChapters(work.chapterTotal, progress?.furthest?.chapterIndex),
    },
    ...(progress?.furthest ? { furthest: progress.furthest } : {}),
    ...(progress?.last ? { last: progress.last } : {}),
    activeMs: progress?.activeMs ?? 0,
    readThroughs: progress?.readThroughs.value.length ?? 0,
    ...(progress?.firstReadAt !== undefined ? { firstReadAt: progress.firstReadAt } : {}),
    ...(progress?.lastReadAt !== undefined ? { lastReadAt: progress.lastReadAt } : {}),
  };
}

/** A work's progress for the reader. */
export function toProgressView(progress: StoredProgress): ProgressView {
  const { key: _key, updatedAt: _updatedAt, ...view } = progress;
  return view;
}

/** A chapter's state for the reader. */
export function toChapterView(chapter: StoredChapter): ChapterView {
  const { work: _work, read, updatedAt: _updatedAt, ...rest } = chapter;
  return { ...rest, read: read?.value === true, ...(read ? { readMarkedAt: read.at } : {}) };
}

/** A highlight for the reader and the library. */
export function toHighlightView(h: StoredHighlight): HighlightView {
  return {
    id: h.id,
    work: h.work,
    chapterId: h.anchor.value.chapterId,
    anchor: h.anchor.value,
    color: h.color.value,
    note: h.note.value,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    ...(h.removed.value ? { deletedAt: h.removed.at } : {}),
  };
}

/**
 * A work in the shape today's popup and library list read (`library/list`, `work/opened`): the
 * v1 fields only. Kept until those pages move to `WorkSummary`.
 */
export function toWorkV1(work: StoredWork): StoredWorkV1 {
  const {
    readingStatus: _status,
    tags: _tags,
    chapterTotal: _total,
    updatedAt: _updatedAt,
    ...v1
  } = work;
  return v1;
}
