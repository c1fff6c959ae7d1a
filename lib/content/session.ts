import type { ToFrame } from '../reader/channel/messages';
import { isCovered, uncover } from '../reader/page-cover';
import { lockPage } from '../reader/page-lock';
import { readInSlices, streamStory } from '../reader/stream-story';
import type { Settings } from '../settings/values';
import type { Extraction, SiteFeedback, SiteUrls, Story } from '../sites/types';
import { openFrame, type FrameHost } from './frame-host';
import { readAgain, whenParsed } from './page-reads';
import { showOnPage } from './page-reading/show-on-page';
import { INITIAL, sessionStep, type SessionEffect, type SessionEvent } from './session-state';
import { StoryFeed } from './story-feed';

/** What a session needs from the page and the extension. */
export interface SessionDeps {
  doc: Document;
  /** Reads the page (the site's adapter, or any page's extractor when opened on request). */
  extract: () => Extraction;
  /** The supported site this page is on; absent on pages opened on request elsewhere. */
  site?: Pick<SiteUrls, 'id' | 'name' | 'identify' | 'inPageNavigation'>;
  /** Where the page keeps its comments (for "Comments" at the end of the text). */
  feedback: SiteFeedback;
  settings: () => Promise<Settings>;
  /** The reader's background colour for these settings (the frame paints it from its first frame). */
  background: (settings: Settings | null) => string;
  /** Epoch ms when the content script started. */
  startedAt: number;
  /** Aborts when the content script goes away. */
  signal: AbortSignal;
  /**
   * Keeps progress on the site's own page (the reader switched off for the site): started with
   * the page's story and the settings, stopped with `close()`.
   */
  followPage?: (story: Story, settings: Settings | null) => PageFollower;
}

/** Progress kept on the site's own page (lib/content/page-reading/page-progress.ts). */
export interface PageFollower {
  start(): void;
  close(): void;
  /** Scrolls the page to a place of the story; false when it is not on the page. */
  show(place: { chapterId: string; block: number }): boolean;
}

/** A running session: the shell's side of the state machine. */
export interface Session {
  dispatch(event: SessionEvent): void;
  /** What the popup asks: is the reader open, what is this page. */
  state(): { open: boolean; answer: Extraction | null; story: Story | null };
}

/**
 * The reader on one page: runs the session's state machine (session-state.ts) and carries out
 * its effects: the reader's frame, the page's lock and cover, reading the page.
 */
export function startSession(deps: SessionDeps): Session {
  const { doc } = deps;
  let state = INITIAL;
  let frame: FrameHost | null = null;
  let feed = new StoryFeed();
  let unlock: (() => void) | null = null;
  let focusBefore: Element | null = null;
  let settings: Settings | null = null;
  let reads = new AbortController();
  let follower: PageFollower | null = null;
  /** Where the reader was when it closed: the page is shown there. */
  let closedAt: { chapterId: string; block: number } | null = null;
  deps.signal.addEventListener(
    'abort',
    () => {
      reads.abort();
      follower?.close();
    },
    { once: true },
  );

  const ensureFrame = (): FrameHost => {
    if (frame) return frame;
    frame = openFrame(doc, {
      background: deps.background(settings),
      onMessage: (message) => {
        switch (message.type) {
          case 'close':
            closedAt = message.at ?? null;
            return dispatch({ type: 'close' });
          case 'failed':
            return dispatch({ type: 'close' });
          case 'comments':
            dispatch({ type: 'close' });
            return doc.querySelector(deps.feedback.selector)?.scrollIntoView({ block: 'start' });
          case 'navigate':
            return void doc.defaultView?.location.assign(message.url);
          case 'first-frame':
            return;
        }
      },
    });
    const start: ToFrame = { type: 'timing', name: 'start', at: deps.startedAt };
    frame.send(start);
    return frame;
  };

  const show = (story: Story) => {
    const host = ensureFrame();
    if (!unlock) {
      focusBefore = doc.activeElement;
      unlock = lockPage(doc);
    }
    const { head, blocks } = feed.next(story);
    host.send({
      type: 'story',
      ...(head ? { head } : {}),
      blocks,
      baseUrl: doc.location.href,
      site: deps.site
        ? { id: deps.site.id, name: deps.site.name, known: true }
        : { id: story.site, name: story.siteName, known: false },
    });
    host.focus();
  };

  const hide = () => {
    frame?.remove();
    frame = null;
    feed = new StoryFeed();
    unlock?.();
    unlock = null;
    (focusBefore as HTMLElement | null)?.focus?.({ preventScroll: true });
    focusBefore = null;
  };

  /** Shows the page, where the reader was when it closed: the paragraph at the reader's top. */
  const showPage = () => {
    uncover(doc);
    const at = closedAt;
    closedAt = null;
    const story = state.story;
    if (at && story) showOnPage(doc, story, at);
  };

  /** Keeps progress on the site's page once it is read (it is read once it has loaded). */
  const follow = () => {
    if (follower || !deps.followPage) return;
    const signal = reads.signal;
    void whenParsed(doc)
      .then(() => (state.final ? state.final : readInSlices(deps.extract)))
      .then((extraction) => {
        if (signal.aborted) return;
        if (!state.final) answerWith(extraction);
        const following = state.followPage && state.phase !== 'open' && state.phase !== 'opening';
        if (extraction.kind !== 'story' || !following || follower || !deps.followPage) return;
        follower = deps.followPage(extraction.story, settings);
        follower.start();
      });
  };

  const unfollow = () => {
    follower?.close();
    follower = null;
  };

  const answerWith = (extraction: Extraction) => dispatch({ type: 'answer', extraction });

  const run = (effect: SessionEffect) => {
    switch (effect.type) {
      case 'preload':
        return void ensureFrame();
      case 'stream':
        return streamStory(
          doc,
          deps.extract,
          {
            onProgress: (story) => dispatch({ type: 'reading', story }),
            onDone: (extraction) => {
              frame?.send({
                type: 'timing',
                name: 'page-read',
                at: performance.timeOrigin + performance.now(),
              });
              answerWith(extraction);
            },
          },
          reads.signal,
        );
      case 'read': {
        const signal = reads.signal;
        return void readInSlices(deps.extract).then((e) => !signal.aborted && answerWith(e));
      }
      case 'retry': {
        const signal = reads.signal;
        return void readAgain(deps.extract, deps.site?.inPageNavigation, signal).then(
          (e) => !signal.aborted && answerWith(e),
        );
      }
      case 'show':
        return show(effect.story);
      case 'hide':
        return hide();
      case 'uncover':
        return showPage();
      case 'follow-page':
        return follow();
      case 'unfollow-page':
        return unfollow();
    }
  };

  function dispatch(event: SessionEvent) {
    if (event.type === 'navigated') {
      reads.abort();
      reads = new AbortController();
    }
    const step = sessionStep(state, event);
    state = step.state;
    for (const effect of step.effects) run(effect);
  }

  const storyUrl = deps.site?.identify(new URL(doc.location.href)) != null;
  dispatch({ type: 'start', storyUrl, covered: isCovered(doc) });
  void deps
    .settings()
    .catch(() => null)
    .then((loaded) => {
      settings = loaded;
      const site = deps.site;
      dispatch({
        type: 'settings',
        autoOpen: site !== undefined && !(loaded?.autoOpenOff ?? []).includes(site.id),
      });
    });

  return {
    dispatch,
    state: () => ({ open: frame !== null, answer: state.final, story: state.story }),
  };
}
