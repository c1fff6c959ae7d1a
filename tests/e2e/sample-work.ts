import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import type { PageServer } from '../support/browser';

/** Four chapters of Moby-Dick as an AO3 work: the progress specs' work. */
export const work = mobyDickWork(4);
/** Its key in the database. */
export const KEY = 'ao3:1851';
/** A chapter's address (0-based). */
export const chapterUrl = (index: number) => ao3WorkUrl(work, { kind: 'chapter', index });

/** Serves every chapter, the entire work and the work's own address (its first chapter). */
export function serveWork(pages: PageServer) {
  work.chapters.forEach((_, index) => {
    const view = { kind: 'chapter', index } as const;
    pages.serve(ao3WorkUrl(work, view), ao3WorkPage(work, view));
  });
  pages.serve(ao3WorkUrl(work, { kind: 'entire' }), ao3WorkPage(work, { kind: 'entire' }));
  // The work's own address shows its first chapter, as AO3's does.
  pages.serve(
    ao3WorkUrl(work, { kind: 'single' }),
    ao3WorkPage(work, { kind: 'chapter', index: 0 }),
  );
}
