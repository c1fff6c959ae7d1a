import { ao3NavigatePage, ao3NotFoundPage } from './ao3/other-pages';
import { ao3WorkPage, ao3WorkUrl, type Ao3WorkSpec } from './ao3/work-page';
import { ffnChapterPage, ffnChapterUrl, ffnMobileChapterPage, type FfnStorySpec } from './ffnet';
import { mobyDickRoyalRoad, royalRoadChapterPage, royalRoadChapterUrl } from './royalroad';
import { lighthouseWork, mobyDickFfn, mobyDickWork } from './samples';
import { mobyDickForum, xenforoReaderPage, xenforoReaderUrl } from './xenforo';

/**
 * A small archive of sample works at their real URLs, built on demand: the whole of Moby-Dick on
 * AO3 (135 chapters, chapter by chapter, entire work and index), a one-shot written for the
 * project, and Moby-Dick on FanFiction.Net (desktop and mobile), Royal Road and a SpaceBattles
 * reader page. Used by `npm run demo`.
 */
export function demoSite() {
  const works: Ao3WorkSpec[] = [mobyDickWork(135), lighthouseWork()];
  const story: FfnStorySpec = mobyDickFfn(12);
  const pages = new Map<string, () => string>();
  for (const work of works) {
    const single = work.chapters.length === 1;
    pages.set(ao3WorkUrl(work, { kind: 'single' }), () =>
      ao3WorkPage(work, single ? { kind: 'single' } : { kind: 'chapter', index: 0 }),
    );
    if (single) continue;
    pages.set(ao3WorkUrl(work, { kind: 'entire' }), () => ao3WorkPage(work, { kind: 'entire' }));
    pages.set(`https://archiveofourown.org/works/${work.id}/navigate`, () => ao3NavigatePage(work));
    work.chapters.forEach((_, index) => {
      const view = { kind: 'chapter', index } as const;
      pages.set(ao3WorkUrl(work, view), () => ao3WorkPage(work, view));
    });
  }
  story.chapters.forEach((_, i) => {
    pages.set(ffnChapterUrl(story, i + 1), () => ffnChapterPage(story, i + 1));
    pages.set(ffnChapterUrl(story, i + 1, true), () => ffnMobileChapterPage(story, i + 1));
  });
  const rr = mobyDickRoyalRoad(6);
  rr.chapters.forEach((_, i) =>
    pages.set(royalRoadChapterUrl(rr, i), () => royalRoadChapterPage(rr, i)),
  );
  const forum = { ...mobyDickForum('forums.spacebattles.com', 9), readerPerPage: 3 };
  for (let page = 1; page <= 3; page++) {
    pages.set(xenforoReaderUrl(forum, page), () => xenforoReaderPage(forum, page));
  }
  return {
    /** The first page the demo opens. */
    start: ao3WorkUrl(works[0]!, { kind: 'chapter', index: 0 }),
    /** Good places to start, for the demo's welcome message. */
    samples: [
      [
        'Moby-Dick on AO3, chapter by chapter',
        ao3WorkUrl(works[0]!, { kind: 'chapter', index: 0 }),
      ],
      ['…the entire work (135 chapters, 210,000 words)', ao3WorkUrl(works[0]!, { kind: 'entire' })],
      ['A one-shot written for the project', ao3WorkUrl(works[1]!, { kind: 'single' })],
      ['Moby-Dick on FanFiction.Net (notes in the text)', ffnChapterUrl(story, 1)],
      ['…on the mobile site', ffnChapterUrl(story, 1, true)],
      ['Moby-Dick on Royal Road', royalRoadChapterUrl(rr, 0)],
      ['A SpaceBattles reader page (three threadmarks)', xenforoReaderUrl(forum, 1)],
    ] as [string, string][],
    /** True for an address the demo has a page for (an address of one of its works). */
    serves(href: string): boolean {
      try {
        const url = new URL(href);
        return pages.has(url.href) || pages.has(url.href.replace(/\/$/, ''));
      } catch {
        return false;
      }
    },
    source(url: URL): string | undefined {
      const key = url.href.replace(/\/$/, '');
      const page = pages.get(url.href) ?? pages.get(key);
      if (page) return page();
      return url.hostname.endsWith('archiveofourown.org') && url.pathname.startsWith('/works/')
        ? ao3NotFoundPage()
        : undefined;
    },
  };
}
