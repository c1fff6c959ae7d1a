import type { TabReply, TabRequest } from '../messaging/tab-protocol';
import type { Session } from './session';

/** A message from the extension to this tab's reader, checked by hand (no schema library here). */
export function parseTabRequest(message: unknown): TabRequest | null {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'reader/toggle' || type === 'reader/open' || type === 'reader/state'
    ? ({ type } as TabRequest)
    : null;
}

/** What the page is and whether the reader is open, for the popup. */
export function tabState(session: Session): TabReply {
  const { open, answer, story } = session.state();
  const chapter = story?.chapters.find((c) => c.id === story.chapterId);
  return {
    ok: true,
    open,
    ...(answer ? { story: answer.kind === 'story' } : {}),
    ...(story
      ? { title: story.title, site: story.site, siteName: story.siteName, workId: story.workId }
      : {}),
    ...(chapter?.title ? { chapterTitle: chapter.title } : {}),
    ...(answer?.kind === 'not-story'
      ? { reason: answer.detail ?? answer.reason, notStory: answer.reason }
      : {}),
  };
}

/**
 * Answers a request from the popup or the keyboard shortcut: open, toggle (the reply comes once
 * the page has been read, so the popup can say why there was nothing to open), or the state.
 */
export function answerTabRequest(session: Session, request: TabRequest): Promise<TabReply> {
  if (request.type === 'reader/state') return Promise.resolve(tabState(session));
  const wasOpen = session.state().open;
  session.dispatch({ type: 'request', toggle: request.type === 'reader/toggle' });
  if (wasOpen && request.type === 'reader/toggle') return Promise.resolve(tabState(session));
  return new Promise((resolve) => {
    // The page is read a slice at a time; the answer comes when it has been.
    const started = Date.now();
    const poll = () => {
      const state = session.state();
      if (state.open || state.answer || Date.now() - started > 30_000) {
        const reply = tabState(session);
        resolve(state.answer?.kind === 'not-story' ? { ...reply, ok: false } : reply);
      } else setTimeout(poll, 20);
    };
    poll();
  });
}
