import type { Extraction, Story } from '../sites/types';

/**
 * The reader on one page, as a pure state machine: events in, the next state and the effects
 * to carry out. The shell (session.ts) turns browser events into these events and carries out
 * the effects; this file decides. One rule holds it together: once the reader has been closed,
 * only a new request opens it again; the page's readings only keep its answer up to date.
 */

/** Where the reader stands on this page. */
export type Phase =
  /** Nothing shown (the page is not a story, the reader is off here, or not asked for). */
  | 'idle'
  /** Opening by itself: the page is being read, the reader's frame may be loading. */
  | 'opening'
  /** The reader is shown. */
  | 'open'
  /** The reader closed it: only a request opens it again. */
  | 'closed';

/** The session's state. */
export interface SessionState {
  phase: Phase;
  /** The page's URL names a story on a supported site (the reader may open by itself). */
  storyUrl: boolean;
  /** The latest reading of the page, and whether the page has finished loading. */
  story: Story | null;
  final: Extraction | null;
  /** A request to open came before the page had been read: open when it is. */
  wanted: boolean;
  /**
   * The reader is switched off for this site: progress is kept on the site's own page whenever
   * the reader is not shown (issue 10).
   */
  followPage: boolean;
}

/** Something that happened. */
export type SessionEvent =
  /** The content script started: is this a story URL, and is the page under the cover? */
  | { type: 'start'; storyUrl: boolean; covered: boolean }
  /** The settings are read: does the reader open by itself on this site? */
  | { type: 'settings'; autoOpen: boolean }
  /** A reading of the page while it loads, with a first screen of text. */
  | { type: 'reading'; story: Story }
  /** The final reading of the page (or of a request to open it). */
  | { type: 'answer'; extraction: Extraction }
  /** The popup or the shortcut asked to open, or to open or close. */
  | { type: 'request'; toggle: boolean }
  /** The reader asked to close (its button, Escape), or could not open. */
  | { type: 'close' }
  /** A site that changes pages without loading one went to another URL. */
  | { type: 'navigated'; storyUrl: boolean; autoOpen: boolean };

/** What the shell must do. */
export type SessionEffect =
  /** Start loading the reader's frame now, before there is text (it loads in parallel). */
  | { type: 'preload' }
  /** Read the page while it loads (streamStory). */
  | { type: 'stream' }
  /** Read the page now, a slice at a time (readInSlices), and answer with an `answer` event. */
  | { type: 'read' }
  /** Read the page again a few times (a site that fills its page after changing the URL). */
  | { type: 'retry' }
  /** Show the reader with this reading (opening the frame and locking the page if needed). */
  | { type: 'show'; story: Story }
  /** Close the reader (if shown), unlock the page and show it where it was. */
  | { type: 'hide' }
  /** Lift the cover: show the site's page. */
  | { type: 'uncover' }
  /** Keep progress on the site's own page (reading it once it has loaded, if not read yet). */
  | { type: 'follow-page' }
  /** Stop keeping progress on the site's page (the reader opens over it, or it went away). */
  | { type: 'unfollow-page' };

/** The state before anything happened. */
export const INITIAL: SessionState = {
  phase: 'idle',
  storyUrl: false,
  story: null,
  final: null,
  wanted: false,
  followPage: false,
};

type Step = { state: SessionState; effects: SessionEffect[] };
const stay = (state: SessionState): Step => ({ state, effects: [] });

/** The next state and the effects of an event. */
export function sessionStep(state: SessionState, event: SessionEvent): Step {
  switch (event.type) {
    case 'start':
      if (!event.storyUrl) return { state, effects: [{ type: 'uncover' }] };
      return {
        state: { ...state, storyUrl: true },
        effects: event.covered ? [{ type: 'preload' }] : [],
      };
    case 'settings':
      // Nothing to open by itself: not a story URL, already open or closed, or a request is
      // already reading the page.
      if (!state.storyUrl || state.phase !== 'idle' || state.wanted) return stay(state);
      if (!event.autoOpen) {
        return {
          state: { ...state, followPage: true },
          effects: [{ type: 'hide' }, { type: 'uncover' }, { type: 'follow-page' }],
        };
      }
      return { state: { ...state, phase: 'opening' }, effects: [{ type: 'stream' }] };
    case 'reading':
      if (state.phase === 'opening' || state.phase === 'open') {
        return {
          state: { ...state, phase: 'open', story: event.story },
          effects: [{ type: 'show', story: event.story }],
        };
      }
      return stay({ ...state, story: event.story });
    case 'answer':
      return answer(state, event.extraction);
    case 'request':
      if (state.phase === 'open' || state.phase === 'opening') {
        return event.toggle ? close(state) : stay(state);
      }
      if (state.final?.kind === 'story') {
        return {
          state: { ...state, phase: 'open', wanted: false },
          effects: showing(state, state.final.story),
        };
      }
      return { state: { ...state, wanted: true }, effects: [{ type: 'read' }] };
    case 'close':
      return close(state);
    case 'navigated': {
      const fresh: SessionState = { ...INITIAL, storyUrl: event.storyUrl };
      const effects: SessionEffect[] = [{ type: 'unfollow-page' }, { type: 'hide' }];
      if (event.storyUrl && event.autoOpen) {
        return { state: { ...fresh, phase: 'opening' }, effects: [...effects, { type: 'retry' }] };
      }
      if (event.storyUrl) {
        return {
          state: { ...fresh, followPage: true },
          effects: [...effects, { type: 'follow-page' }],
        };
      }
      return { state: fresh, effects };
    }
  }
}

function close(state: SessionState): Step {
  const effects: SessionEffect[] = [{ type: 'hide' }, { type: 'uncover' }];
  return {
    state: { ...state, phase: 'closed', wanted: false },
    effects: state.followPage ? [...effects, { type: 'follow-page' }] : effects,
  };
}

/** Shows the reader; the site's page stops keeping progress while it is over it. */
function showing(state: SessionState, story: Story): SessionEffect[] {
  const show: SessionEffect = { type: 'show', story };
  return state.followPage ? [{ type: 'unfollow-page' }, show] : [show];
}

function answer(state: SessionState, extraction: Extraction): Step {
  const next = { ...state, final: extraction };
  if (extraction.kind !== 'story') {
    // Not a story after all: whatever was opening goes, and the page shows.
    const shown = state.phase === 'opening' || state.phase === 'open';
    return {
      state: { ...next, phase: shown ? 'idle' : state.phase, wanted: false },
      effects: shown || state.wanted ? [{ type: 'hide' }, { type: 'uncover' }] : [],
    };
  }
  if (state.phase === 'opening' || state.phase === 'open' || state.wanted) {
    return {
      state: { ...next, phase: 'open', wanted: false, story: extraction.story },
      effects: showing(state, extraction.story),
    };
  }
  return stay({ ...next, story: extraction.story });
}
