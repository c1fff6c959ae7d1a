import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMessage, PageReply } from '../messaging/reading-port';
import { ReadingLink } from '../reader/frame/reading-link';
import { isCovered, uncover } from '../reader/page-cover';
import { loadSettings } from '../settings/storage';
import type { Extraction, SiteFeedback, SiteUrls } from '../sites/types';
import { PageProgress } from './page-reading/page-progress';
import { readerBackground } from './reader-background';
import { startSession } from './session';
import { answerTabRequest, parseTabRequest } from './tab-requests';

/** What a content script reads and where. */
export interface ContentScriptOptions {
  extract: () => Extraction;
  /** The supported site; absent for a page opened on request elsewhere. */
  site?: Pick<SiteUrls, 'id' | 'name' | 'identify' | 'inPageNavigation'>;
  feedback: SiteFeedback;
  /** Open at once (the reader was asked for this page: injected on request). */
  openOnStart?: boolean;
}

/**
 * The reader's content script on one page: the session (cover, reading the page, the reader's
 * frame), the popup's requests, and in-page navigation. Whatever goes wrong, the page shows.
 */
export function runContentScript(ctx: ContentScriptContext, options: ContentScriptOptions): void {
  // Epoch time, for the benchmark: nothing is marked in the page's own performance timeline.
  const startedAt = performance.timeOrigin + performance.now();
  const lifetime = new AbortController();
  try {
    const session = startSession({
      doc: document,
      extract: options.extract,
      ...(options.site ? { site: options.site } : {}),
      feedback: options.feedback,
      settings: loadSettings,
      background: (settings) => readerBackground(document, isCovered(document), settings),
      startedAt,
      signal: lifetime.signal,
      followPage: (story, settings) =>
        new PageProgress({
          doc: document,
          story,
          resume: settings?.resumeBehaviour ?? 'auto',
          readingSpeed: settings?.readingSpeed ?? 250,
          ...(settings ? { highlightNames: settings.highlightNames } : {}),
          connect: (onReply, unacknowledged) =>
            new ReadingLink<PageMessage, PageReply>(onReply, unacknowledged),
        }),
    });
    if (options.openOnStart) session.dispatch({ type: 'request', toggle: false });
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseTabRequest(message);
      return request ? answerTabRequest(session, request) : undefined;
    });
    // Sites that change pages without loading one (Wattpad): a new page, a new session. WXT's
    // event can be forged by the page (its name is public): only a real change of address counts.
    let href = location.href;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (location.href === href) return;
      href = location.href;
      const site = options.site;
      void loadSettings()
        .catch(() => null)
        .then((settings) =>
          session.dispatch({
            type: 'navigated',
            storyUrl: site?.identify(new URL(location.href)) != null,
            autoOpen: site !== undefined && !(settings?.autoOpenOff ?? []).includes(site.id),
          }),
        );
    });
    // WXT invalidates a context when a newer copy of the script starts, by an event on the
    // document that the page can forge: close only when the extension is really gone.
    ctx.onInvalidated(() => {
      if (browser.runtime?.id) return;
      lifetime.abort();
      session.dispatch({ type: 'close' });
    });
  } catch (error) {
    uncover(document);
    throw error;
  }
}
