import { LIMITS } from '../../messaging/limits';
import type { PageOpenMessage } from '../../messaging/reading-port';
import type { Story } from '../../sites/types';

const cut = (text: string, max: number) => text.slice(0, max);

/**
 * What the reader tells the background when it opens a work: the work as its page states it,
 * the chapters on this page (with their order in the work), and how the page shows it. Cut to
 * the protocol's limits, so an unusually long title is shortened, never refused.
 */
export function openMessage(story: Story): PageOpenMessage {
  const entire = story.view === 'entire' || story.view === 'multi';
  return {
    type: 'open',
    work: {
      site: story.site,
      workId: cut(story.workId, LIMITS.workId),
      title: cut(story.title, LIMITS.title),
      authors: story.authors
        .slice(0, LIMITS.authors)
        .map((a) => ({ name: cut(a.name, LIMITS.name), ...(a.url ? { url: a.url } : {}) })),
      fandoms: story.fandoms.slice(0, LIMITS.fandoms).map((f) => cut(f.name, LIMITS.name)),
      url: story.canonicalUrl,
      status: story.status,
      ...(story.words !== undefined ? { words: story.words } : {}),
      ...(story.chapterCount ? { chapterCount: cut(story.chapterCount, LIMITS.chapterCount) } : {}),
    },
    ...(story.chapterId ? { chapterId: cut(story.chapterId, LIMITS.chapterId) } : {}),
    chapters: story.chapters.slice(0, LIMITS.chaptersPerOpen).map((c, i) => {
      // The chapter's place in the work: its number on a chapter page, its place on the page
      // when the page holds the whole work (a forum page's threadmarks are a part of one).
      const index =
        entire && story.view === 'entire' ? i : c.number !== undefined ? c.number - 1 : undefined;
      return {
        id: cut(c.id, LIMITS.chapterId),
        ...(index !== undefined && index >= 0 ? { index } : {}),
        ...(c.number !== undefined ? { number: c.number } : {}),
        ...(c.title ? { title: cut(c.title, LIMITS.chapterTitle) } : {}),
        words: c.words,
      };
    }),
    view: story.view,
  };
}
