import { openFicDb } from '../open-db';
import type { ChapterOnPage } from '../reading-repo';
import type { OpenedWork } from '../work-open';

let n = 0;

/** A fresh database (a unique name, so tests never share one). */
export function freshDb(prefix = 'test') {
  return openFicDb(`${prefix}-${n++}`);
}

/** A work as a page opens it. */
export function makeOpened(over: Partial<OpenedWork> = {}): OpenedWork {
  return {
    site: 'ao3',
    workId: '1851',
    title: 'Moby-Dick',
    authors: [{ name: 'Herman Melville' }],
    fandoms: ['Moby-Dick'],
    url: 'https://archiveofourown.org/works/1851',
    status: 'complete',
    chapterCount: '3/3',
    pageUrl: 'https://archiveofourown.org/works/1851/chapters/1',
    chapterId: 'ch1',
    ...over,
  };
}

/** The chapters of the three-chapter test work. */
export function threeChapters(): ChapterOnPage[] {
  return [
    { id: 'ch1', index: 0, number: 1, title: 'Loomings', words: 1000 },
    { id: 'ch2', index: 1, number: 2, title: 'The Carpet-Bag', words: 2000 },
    { id: 'ch3', index: 2, number: 3, title: 'The Spouter-Inn', words: 3000 },
  ];
}
