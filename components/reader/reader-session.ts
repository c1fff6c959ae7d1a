import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TabRequestSchema, type TabReply } from '@/lib/messaging/tab-protocol';
import { uncover } from '@/lib/reader/page-cover';
import { lockPage } from '@/lib/reader/page-lock';
import { readInSlices, streamStory } from '@/lib/reader/stream-story';
import { loadSettings, saveSetting, watchSettings } from '@/lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/values';
import type { Extraction, KnownSiteId, Story } from '@/lib/sites/types';
import { mark, mountReader, type ReaderHandle } from './mount-reader';
import { recordWork } from './record-work';

/** How a page is read. */
export interface SessionOptions {
  /** Reads the page (the site's adapter, or any page's extractor when opened on request). */
  extract: () => Extraction;
  /** The supported site, and whether a URL of it names a story; absent on other sites. */
  site?: { id: KnownSiteId; name: string; isStoryUrl: (url: URL) => boolean };
}

// Where the sites keep their comments and kudos, for "Comments and kudos" at the end of the text.
const FEEDBACK =
  '#feedback, #comments, #review, .comments-container, .chapter-comments, .block--messages';

/**
 * The reader on one page: streams the story while the page loads when it should open by itself,
 * opens and closes on request (popup, keyboard shortcut), keeps the page exactly as it was
 * underneath, and records the work once it is really shown.
 *
 * One rule holds it together: once the reader has been closed (or failed to open), nothing but
 * a new request opens it again; the stream only keeps the page's answer up to date.
 */
export function startReaderSession(ctx: ContentScriptContext, options: SessionOptions): void {
  mark('start');
  let settings: Settings = { ...DEFAULT_SETTINGS };
  // Never rejects: with storage unreadable the reader still works, with the defaults.
  const settingsReady = loadSettings()
    .then((s) => (settings = s))
    .catch(() => settings);
  let handle: ReaderHandle | null = null;
  let opening: Promise<ReaderHandle | null> | null = null;
  let unlock: (() => void) | null = null;
  let focusBefore: Element | null = null;
  let story: Story | null = null;
  let lastAnswer: Extraction | null = null;
  let dismissed = false;
  let recorded = false;
  let stream = new AbortController();

  const close = () => {
    dismissed = true;
    handle?.remove();
    handle = null;
    uncover(document);
    unlock?.();
    unlock = null;
    (focusBefore as HTMLElement | null)?.focus?.({ preventScroll: true });
  };

  const mount = async (first: Story): Promise<ReaderHandle | null> => {
    await settingsReady;
    if (dismissed) return null;
    focusBefore = document.activeElement;
    unlock = lockPage(document);
    try {
      const opened = await mountReader(
        ctx,
        { story: story ?? first, settings, baseUrl: location.href },
        {
          onClose: close,
          onNavigate: (url) => location.assign(url),
          onSetting: (key, value) => void saveSetting(key, value),
          onComments: () => {
            close();
            document.querySelector(FEEDBACK)?.scrollIntoView({ block: 'start' });
          },
          ...(options.site ? { site: { id: options.site.id, name: options.site.name } } : {}),
        },
      );
      // Closed while it was opening: it goes at once.
      if (dismissed) {
        opened.remove();
        return null;
      }
      handle = opened;
      return opened;
    } catch (error) {
      // If the reader cannot open, the page must show: the cover never outlives a failure.
      console.error('Fic Reader could not open the reader', error);
      close();
      return null;
    }
  };

  /** Opens the reader on a story, or shows it the newer reading. */
  const show = async (next: Story): Promise<void> => {
    story = next;
    if (handle) return handle.update(next);
    opening ??= mount(next).finally(() => (opening = null));
    const opened = await opening;
    if (opened && story !== next && story) opened.update(story);
  };

  /** Records the work, once per page, from its final reading, once the reader shows it. */
  const record = (final: Story) => {
    if (recorded || !handle) return;
    recorded = true;
    void recordWork(final).then((work) => {
      if (work) handle?.setOpenCount(work.openCount);
    });
  };

  const state = (): TabReply => ({
    ok: true,
    open: handle !== null,
    ...(lastAnswer ? { story: lastAnswer.kind === 'story' } : {}),
    ...(story ? { title: story.title } : {}),
    ...(lastAnswer?.kind === 'not-story' ? { reason: lastAnswer.detail ?? lastAnswer.reason } : {}),
  });

  /** Opening on request: the page is read in slices (no long task), then shown. */
  const open = async (): Promise<TabReply> => {
    if (opening) await opening;
    if (handle) return state();
    dismissed = false;
    const answer = await readInSlices(options.extract);
    lastAnswer = answer;
    if (answer.kind !== 'story') {
      return { ok: false, open: false, story: false, reason: answer.detail ?? answer.reason };
    }
    await show(answer.story);
    record(answer.story);
    return { ...state(), ok: handle !== null };
  };

  /** Opening by itself: only on story URLs of a site where the reader asked for it. */
  const autoOpen = () => {
    const site = options.site;
    if (!site?.isStoryUrl(new URL(location.href))) {
      uncover(document);
      return;
    }
    void settingsReady.then(() => {
      if (settings.autoOpenOff.includes(site.id)) return uncover(document);
      streamStory(
        document,
        options.extract,
        {
          onProgress: (s) => {
            if (!dismissed) void show(s);
          },
          onDone: (answer) => {
            mark('page-read');
            lastAnswer = answer;
            if (answer.kind !== 'story') return close();
            if (dismissed) return;
            void show(answer.story).then(() => record(answer.story));
          },
        },
        stream.signal,
      );
    });
  };

  const unwatch = watchSettings((next) => {
    settings = next;
    handle?.setSettings(next);
  });
  ctx.onInvalidated(() => {
    stream.abort();
    unwatch();
    close();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = v.safeParse(TabRequestSchema, message);
    if (!request.success) return undefined;
    switch (request.output.type) {
      case 'reader/toggle':
        if (handle || opening) {
          return (opening ?? Promise.resolve()).then((): TabReply => {
            close();
            return { ok: true, open: false };
          });
        }
        return open();
      case 'reader/open':
        return open();
      case 'reader/state':
        return Promise.resolve(state());
    }
  });

  // Sites that change pages without loading one (Wattpad): a new page, a new session. The new
  // page's text arrives after its URL, so it is looked for a few times before giving up.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    stream.abort();
    stream = new AbortController();
    const signal = stream.signal;
    close();
    dismissed = false;
    recorded = false;
    story = null;
    lastAnswer = null;
    const site = options.site;
    if (!site?.isStoryUrl(new URL(location.href))) return;
    void settingsReady.then(async () => {
      if (settings.autoOpenOff.includes(site.id)) return;
      for (let attempt = 0; attempt < 8 && !signal.aborted && !dismissed; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        const answer = await readInSlices(options.extract);
        lastAnswer = answer;
        if (answer.kind === 'story' && !signal.aborted && !dismissed) {
          await show(answer.story);
          return record(answer.story);
        }
      }
    });
  });

  if (options.site) autoOpen();
  else {
    uncover(document);
    void open();
  }
}
