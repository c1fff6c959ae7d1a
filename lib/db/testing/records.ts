import { makeHighlightInput, makePosition } from '../../progress/testing/make';
import type {
  StoredChapterV1,
  StoredHighlightV1,
  StoredProgressV1,
  StoredWorkV1,
  StoredWorkV2,
} from '../records';

/** A work exactly as schema v1 wrote it (lib/db/works-repo.ts at v1). */
export function makeWorkV1(over: Partial<StoredWorkV1> = {}): StoredWorkV1 {
  return {
    key: 'ao3:1851',
    site: 'ao3',
    workId: '1851',
    title: 'Moby-Dick',
    authors: [{ name: 'Herman Melville', url: 'https://archiveofourown.org/users/hm' }],
    fandoms: ['Moby-Dick'],
    url: 'https://archiveofourown.org/works/1851',
    words: 206_052,
    chapterCount: '135/135',
    status: 'complete',
    lastChapterId: '2',
    lastChapterTitle: 'The Carpet-Bag',
    lastUrl: 'https://archiveofourown.org/works/1851/chapters/2',
    firstOpenedAt: 1_700_000_000_000,
    lastOpenedAt: 1_700_000_500_000,
    openCount: 4,
    ...over,
  };
}

/** A variety of v1 works: every optional field present or absent, several sites. */
export function someWorksV1(): StoredWorkV1[] {
  return [
    makeWorkV1(),
    makeWorkV1({
      key: 'ffnet:77',
      site: 'ffnet',
      workId: '77',
      title: 'A one-shot',
      authors: [{ name: 'anon' }],
      fandoms: [],
      url: 'https://www.fanfiction.net/s/77/1/',
      words: undefined,
      chapterCount: undefined,
      status: 'unknown',
      lastChapterId: undefined,
      lastChapterTitle: undefined,
      lastUrl: 'https://m.fanfiction.net/s/77/1/',
      firstOpenedAt: 5,
      lastOpenedAt: 5,
      openCount: 1,
    }),
    makeWorkV1({
      key: 'royalroad:9',
      site: 'royalroad',
      workId: '9',
      chapterCount: '3/?',
      status: 'in-progress',
      url: 'https://www.royalroad.com/fiction/9',
      lastUrl: 'https://www.royalroad.com/fiction/9/x/chapter/3/y',
    }),
    makeWorkV1({
      key: 'web:https://example.org/story',
      site: 'web',
      workId: 'https://example.org/story',
      url: 'https://example.org/story',
      lastUrl: 'https://example.org/story?page=2',
      chapterCount: undefined,
    }),
  ].map((work) =>
    Object.fromEntries(Object.entries(work).filter(([, value]) => value !== undefined)),
  ) as StoredWorkV1[];
}

/** A v2 work with the reader's own fields set. */
export function makeWorkV2(over: Partial<StoredWorkV2> = {}): StoredWorkV2 {
  return {
    ...makeWorkV1(),
    readingStatus: { value: 'on-hold', at: 1_700_000_600_000 },
    tags: { value: ['comfort read'], at: 1_700_000_600_000 },
    chapterTotal: { value: 135, at: 1_700_000_500_000 },
    updatedAt: 1_700_000_600_000,
    ...over,
  };
}

/** A v2 progress record in the middle of a work. */
export function makeProgress(over: Partial<StoredProgressV1> = {}): StoredProgressV1 {
  return {
    key: 'ao3:1851',
    last: { ...makePosition(3, 10, 4), at: 20 },
    furthest: { ...makePosition(5, 2, 0), at: 10 },
    readThroughs: { value: [{ startedAt: 1 }], at: 1 },
    activeMs: 600_000,
    chaptersRead: 5,
    firstReadAt: 1,
    lastReadAt: 20,
    updatedAt: 20,
    ...over,
  };
}

/** A v2 chapter record, read. */
export function makeChapter(over: Partial<StoredChapterV1> = {}): StoredChapterV1 {
  return {
    work: 'ao3:1851',
    chapterId: 'ch1',
    index: 0,
    number: 1,
    title: 'Loomings',
    words: 2200,
    read: { value: true, at: 5 },
    position: { ...makePosition(0, 40, 2), at: 5 },
    activeMs: 300_000,
    firstReadAt: 1,
    lastReadAt: 5,
    updatedAt: 5,
    ...over,
  };
}

/** A v3 highlight record. */
export function makeHighlight(over: Partial<StoredHighlightV1> = {}): StoredHighlightV1 {
  const input = makeHighlightInput();
  return {
    id: input.id,
    work: 'ao3:1851',
    anchor: { value: input.anchor, at: 3 },
    color: { value: 'c2', at: 3 },
    note: { value: 'the first line', at: 4 },
    removed: { value: false, at: 3 },
    createdAt: 3,
    updatedAt: 4,
    ...over,
  };
}
