import type { WorkMeta } from '../messaging/fields';
import { compact } from '../progress/stamped';
import { nextChapterTotal, parseChapterTotal } from '../progress/work-state';
import type { StoredWork } from './schema';
import { workKey } from './work-key';

/** A work as a page shows it when it is opened: its metadata, the page and its chapter. */
export interface OpenedWork extends WorkMeta {
  /** The tab's own address (never what the page claims). */
  pageUrl: string;
  chapterId?: string;
  chapterTitle?: string;
}

/**
 * The work's record after an open: the site's metadata and the open log are refreshed (the newer
 * page wins), the reader's own fields (status, tags) are kept as they are.
 */
export function workAfterOpen(
  previous: StoredWork | undefined,
  opened: OpenedWork,
  stamp: number,
): StoredWork {
  return compact({
    key: workKey(opened),
    site: opened.site,
    workId: opened.workId,
    title: opened.title,
    authors: opened.authors,
    fandoms: opened.fandoms,
    url: opened.url,
    status: opened.status,
    words: opened.words,
    chapterCount: opened.chapterCount,
    chapterTotal: nextChapterTotal(
      previous?.chapterTotal,
      parseChapterTotal(opened.chapterCount),
      stamp,
    ),
    lastChapterId: opened.chapterId,
    lastChapterTitle: opened.chapterTitle,
    // Moved by reading (savePosition), not by opening: it is where to continue.
    lastUrl: previous?.lastUrl ?? opened.pageUrl,
    firstOpenedAt: previous?.firstOpenedAt ?? stamp,
    lastOpenedAt: stamp,
    openCount: (previous?.openCount ?? 0) + 1,
    readingStatus: previous?.readingStatus,
    tags: previous?.tags,
    updatedAt: stamp,
  });
}
