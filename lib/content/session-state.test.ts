import { describe, expect, it } from 'vitest';
import { makeTestStory } from '../../tests/support/story-factory';
import type { Extraction } from '../sites/types';
import { INITIAL, sessionStep, type SessionEvent, type SessionState } from './session-state';

const story = makeTestStory();
const answer: Extraction = { kind: 'story', story };
const notStory: Extraction = { kind: 'not-story', reason: 'listing' };

/** Runs events from the initial state; returns the last state and every effect, by type. */
function run(...events: SessionEvent[]) {
  let state: SessionState = INITIAL;
  const effects: string[] = [];
  for (const event of events) {
    const step = sessionStep(state, event);
    state = step.state;
    effects.push(...step.effects.map((e) => e.type));
  }
  return { state, effects };
}

const start = (storyUrl = true, covered = true): SessionEvent => ({
  type: 'start',
  storyUrl,
  covered,
});
const settings = (autoOpen = true): SessionEvent => ({ type: 'settings', autoOpen });
const reading: SessionEvent = { type: 'reading', story };

describe('sessionStep', () => {
  it.each([
    [
      'a story URL under the cover preloads the frame, then streams',
      [start(), settings()],
      ['preload', 'stream'],
      'opening',
    ],
    [
      'a story URL not covered streams once the settings allow it',
      [start(true, false), settings()],
      ['stream'],
      'opening',
    ],
    [
      'the reader switched off for the site: the preloaded frame goes, the page shows and keeps progress',
      [start(), settings(false)],
      ['preload', 'hide', 'uncover', 'follow-page'],
      'idle',
    ],
    [
      'switched off, opened on request: the page stops keeping progress while the reader is over it',
      [
        start(),
        settings(false),
        { type: 'answer', extraction: answer },
        { type: 'request', toggle: true },
      ],
      ['preload', 'hide', 'uncover', 'follow-page', 'unfollow-page', 'show'],
      'open',
    ],
    [
      'switched off, a request before the page was read: unfollows when the reading shows',
      [
        start(),
        settings(false),
        { type: 'request', toggle: false },
        { type: 'answer', extraction: answer },
      ],
      ['preload', 'hide', 'uncover', 'follow-page', 'read', 'unfollow-page', 'show'],
      'open',
    ],
    [
      'switched off, opened on request and closed: the page keeps progress again',
      [
        start(),
        settings(false),
        { type: 'answer', extraction: answer },
        { type: 'request', toggle: true },
        { type: 'close' },
      ],
      [
        'preload',
        'hide',
        'uncover',
        'follow-page',
        'unfollow-page',
        'show',
        'hide',
        'uncover',
        'follow-page',
      ],
      'closed',
    ],
    [
      'the reader on: closing it does not keep progress on the page (the reader did)',
      [start(), settings(), reading, { type: 'close' }],
      ['preload', 'stream', 'show', 'hide', 'uncover'],
      'closed',
    ],
    [
      'a page that is not a story is uncovered at once and nothing streams',
      [start(false), settings()],
      ['uncover'],
      'idle',
    ],
    [
      'a first screen opens the reader',
      [start(), settings(), reading],
      ['preload', 'stream', 'show'],
      'open',
    ],
    [
      'more text updates the reader',
      [start(), settings(), reading, reading],
      ['preload', 'stream', 'show', 'show'],
      'open',
    ],
    [
      'the final answer shows the whole story',
      [start(), settings(), reading, { type: 'answer', extraction: answer }],
      ['preload', 'stream', 'show', 'show'],
      'open',
    ],
    [
      'not a story after all: the reader goes and the page shows',
      [start(), settings(), { type: 'answer', extraction: notStory }],
      ['preload', 'stream', 'hide', 'uncover'],
      'idle',
    ],
    [
      'closing hides and uncovers',
      [start(), settings(), reading, { type: 'close' }],
      ['preload', 'stream', 'show', 'hide', 'uncover'],
      'closed',
    ],
    [
      'once closed, later readings do not reopen it',
      [
        start(),
        settings(),
        reading,
        { type: 'close' },
        reading,
        { type: 'answer', extraction: answer },
      ],
      ['preload', 'stream', 'show', 'hide', 'uncover'],
      'closed',
    ],
    [
      'a request after closing reopens it with the final reading',
      [
        start(),
        settings(),
        { type: 'answer', extraction: answer },
        { type: 'close' },
        { type: 'request', toggle: false },
      ],
      ['preload', 'stream', 'show', 'hide', 'uncover', 'show'],
      'open',
    ],
    [
      'a toggle on an open reader closes it',
      [start(), settings(), reading, { type: 'request', toggle: true }],
      ['preload', 'stream', 'show', 'hide', 'uncover'],
      'closed',
    ],
    [
      'an open request on an open reader changes nothing',
      [start(), settings(), reading, { type: 'request', toggle: false }],
      ['preload', 'stream', 'show'],
      'open',
    ],
    [
      'a request before the page is read reads it, and opens on the answer',
      [start(false), { type: 'request', toggle: false }, { type: 'answer', extraction: answer }],
      ['uncover', 'read', 'show'],
      'open',
    ],
    [
      'a request on a page that is not a story shows nothing',
      [start(false), { type: 'request', toggle: false }, { type: 'answer', extraction: notStory }],
      ['uncover', 'read', 'hide', 'uncover'],
      'idle',
    ],
    [
      'in-page navigation to another story closes and reads the new one',
      [start(), settings(), reading, { type: 'navigated', storyUrl: true, autoOpen: true }],
      ['preload', 'stream', 'show', 'unfollow-page', 'hide', 'retry'],
      'opening',
    ],
    [
      'in-page navigation to another story, the reader switched off: the page follows the new one',
      [start(), settings(false), { type: 'navigated', storyUrl: true, autoOpen: false }],
      ['preload', 'hide', 'uncover', 'follow-page', 'unfollow-page', 'hide', 'follow-page'],
      'idle',
    ],
    [
      'in-page navigation away from a story just closes',
      [start(), settings(), reading, { type: 'navigated', storyUrl: false, autoOpen: true }],
      ['preload', 'stream', 'show', 'unfollow-page', 'hide'],
      'idle',
    ],
  ] as const)('%s', (_name, events, effects, phase) => {
    const result = run(...(events as readonly SessionEvent[]));
    expect(result.effects).toEqual(effects);
    expect(result.state.phase).toBe(phase);
  });

  it('settings that arrive after the reader opened on request do not restart it', () => {
    const { effects } = run(start(), { type: 'request', toggle: false }, settings());
    expect(effects).toEqual(['preload', 'read']);
  });
});
