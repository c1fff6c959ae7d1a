import { describe, expect, it } from 'vitest';
import { makeTestStory } from '../../tests/support/story-factory';
import type { Extraction } from '../sites/types';
import type { Session } from './session';
import { parseTabRequest, tabState } from './tab-requests';

const sessionWith = (answer: Extraction | null, open = false): Session => ({
  dispatch: () => {},
  state: () => ({
    open,
    answer,
    story: answer?.kind === 'story' ? answer.story : null,
  }),
});

describe('the popup’s view of the tab', () => {
  it('names the site, the work and the chapter the page shows', () => {
    const story = makeTestStory({ chapterId: '11' });
    expect(tabState(sessionWith({ kind: 'story', story }, true))).toEqual({
      ok: true,
      open: true,
      story: true,
      title: 'The Lighthouse Keeper',
      site: 'ao3',
      siteName: 'Archive of Our Own',
      workId: '1851',
      chapterTitle: 'The Seventh Boat',
    });
  });

  it('says why a page is not a story, in words and as a reason the popup words itself', () => {
    const answer: Extraction = { kind: 'not-story', reason: 'adult-gate', detail: 'Adult gate.' };
    expect(tabState(sessionWith(answer))).toEqual({
      ok: true,
      open: false,
      story: false,
      reason: 'Adult gate.',
      notStory: 'adult-gate',
    });
  });

  it('says nothing of a page it has not read yet', () => {
    expect(tabState(sessionWith(null))).toEqual({ ok: true, open: false });
  });

  it('takes only its own requests', () => {
    expect(parseTabRequest({ type: 'reader/state' })).toEqual({ type: 'reader/state' });
    expect(parseTabRequest({ type: 'library/changed' })).toBeNull();
    expect(parseTabRequest(null)).toBeNull();
  });
});
