import type { StoredWorkV1 } from '@/lib/db/schema';
import { sendRequest } from '@/lib/messaging/send-request';
import type { Story } from '@/lib/sites/types';

/**
 * Tells the background this work was opened, once the page is really shown: AO3 prerenders the
 * next chapter (speculation rules), and a page the reader has not opened must not be recorded.
 */
export async function recordWork(story: Story): Promise<StoredWorkV1 | undefined> {
  const doc = document as Document & { prerendering?: boolean };
  if (doc.prerendering) {
    await new Promise((resolve) =>
      doc.addEventListener('prerenderingchange', resolve, { once: true }),
    );
  }
  const chapter = story.chapters.find((c) => c.id === story.chapterId);
  const reply = await sendRequest({
    type: 'work/opened',
    work: {
      site: story.site,
      workId: story.workId,
      title: story.title.slice(0, 1000),
      authors: story.authors
        .slice(0, 100)
        .map((a) => ({ name: a.name.slice(0, 500), ...(a.url ? { url: a.url } : {}) })),
      fandoms: story.fandoms.slice(0, 200).map((f) => f.name.slice(0, 500)),
      url: story.canonicalUrl,
      status: story.status,
      pageUrl: location.href,
      ...(story.words !== undefined ? { words: story.words } : {}),
      ...(story.chapterCount ? { chapterCount: story.chapterCount.slice(0, 50) } : {}),
      ...(story.chapterId ? { chapterId: story.chapterId } : {}),
      ...(chapter?.title ? { chapterTitle: chapter.title.slice(0, 1000) } : {}),
    },
  });
  return reply.ok ? reply.work : undefined;
}
