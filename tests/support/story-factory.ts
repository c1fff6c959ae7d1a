import { makeStory } from '../../lib/sites/common/story';
import type { Chapter, Story } from '../../lib/sites/types';

/** A small story for component tests. */
export function makeTestStory(over: Partial<Story> = {}): Story {
  return makeStory({
    site: 'ao3',
    siteName: 'Archive of Our Own',
    workId: '1851',
    view: 'chapter',
    canonicalUrl: 'https://archiveofourown.org/works/1851',
    title: 'The Lighthouse Keeper',
    authors: [{ name: 'quietharbour', url: 'https://archiveofourown.org/users/quietharbour' }],
    fandoms: [{ name: 'Original Work' }],
    rating: {
      name: 'General Audiences',
      url: 'https://archiveofourown.org/tags/General%20Audiences/works',
    },
    warnings: [{ name: 'No Archive Warnings Apply' }],
    relationships: [{ name: 'Keeper & Brother' }],
    additionalTags: [{ name: 'Sea' }, { name: 'Waiting' }],
    words: 12_300,
    chapterCount: '2/3',
    status: 'in-progress',
    chapters: [makeTestChapter()],
    ...over,
  });
}

/** A chapter for component tests. */
export function makeTestChapter(over: Partial<Chapter> = {}): Chapter {
  return {
    id: '11',
    number: 2,
    title: 'The Seventh Boat',
    blocks: ['<p>The lamp was lit.</p>'],
    words: 2500,
    complete: true,
    ...over,
  };
}
