import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TabRequestSchema, type TabReply } from '@/lib/messaging/tab-protocol';
import { uncover } from '@/lib/reader/page-cover';
import { lockPage } from '@/lib/reader/page-lock';
import { streamStory } from '@/lib/reader/stream-story';
import { loadSettings, saveSetting, watchSettings } from '@/lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/values';
import type { Extraction, KnownSiteId, Story } from '@/lib/sites/types';
import { mark, mountReader, type ReaderHandle } from './mount-reader';
import { recordWork } from './record-work';

/** How a page is read. */
export interface SessionOptions {
  /** Reads the page (the site's adapter, or any page's extractor when opened on request). */
  extract: () => Extraction;
  /** The supported site and the story the URL names; absent on other sites. */
  site?: { id: KnownSiteId; name: string; storyUrl: boolean };
}

// Where the sites keep their comments and kudos, for "Comments and kudos" at the end of the text.
const FEEDBACK =
  '#feedback, #comments, #review, .comments-container, .chapter-comments, .block--messages';

/**
 * The reader on one page: streams the story while the page loads when it should open by itself,
 * opens and closes on request (popup, keyboard shortcut), keeps the page exactly as it was
 * underneath, and records the work once the page is really shown.
 */
export function startReaderSession(ctx: ContentScriptContext, options: SessionOptions): void {
  mark('start');
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const settingsReady = loadSettings().then((s) => (settings = s));
  let handle: ReaderHandle | null = null;
  let opening: Promise<void> | null = null;
  let unlock: (() => void) | null = null;
  let focusBefore: Element | null = null;
  let story: Story | null = null;
  let recorded = false;
  let lastAnswer: Extraction | null = null;

  const close = () => {
    handle?.remove();
    handle = null;
    uncover(document);
    unlock?.();
    unlock = null;
    (focusBefore as HTMLElement | null)?.focus?.({ preventScroll: true });
  };

  const show = async (next: Story) => {
    story = next;
    if (opening) await opening;
    if (handle) return handle.update(next);
    opening = (async () => {
      await settingsReady;
      focusBefore = document.activeElement;
      unlock = lockPage(document);
      handle = await mountReaderOrUncover(
        ctx,
        { story: story ?? next, settings, baseUrl: location.href },
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
    })();
    await opening;
    opening = null;
    // The handle was set inside the async block above; TypeScript cannot see that.
    const opened = handle as ReaderHandle | null;
    if (story !== next && story) opened?.update(story);
    if (!recorded) {
      recorded = true;
      void recordWork(next).then((work) => {
        if (work) (handle as ReaderHandle | null)?.setOpenCount(work.openCount);
      });
    }
  };

  const open = async (): Promise<TabReply> => {
    if (handle) return { ok: true, open: true, story: true, title: story?.title ?? '' };
    const answer = options.extract();
    lastAnswer = answer;
    if (answer.kind !== 'story') {
      return { ok: false, open: false, story: false, reason: answer.detail ?? answer.reason };
    }
    // Opened over a page already shown: the reader covers it; the page keeps its layout and scroll.
    await show(answer.story);
    return { ok: true, open: true, story: true, title: answer.story.title };
  };

  const unwatch = watchSettings((next) => {
    settings = next;
    handle?.setSettings(next);
  });
  ctx.onInvalidated(() => {
    unwatch();
    close();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = v.safeParse(TabRequestSchema, message);
    if (!request.success) return undefined;
    switch (request.output.type) {
      case 'reader/toggle':
        if (handle) {
          close();
          return Promise.resolve<TabReply>({ ok: true, open: false });
        }
        return open();
      case 'reader/open':
        return open();
      case 'reader/state':
        return Promise.resolve<TabReply>({
          ok: true,
          open: handle !== null,
          ...(lastAnswer ? { story: lastAnswer.kind === 'story' } : {}),
          ...(story ? { title: story.title } : {}),
          ...(lastAnswer?.kind === 'not-story'
            ? { reason: lastAnswer.detail ?? lastAnswer.reason }
            : {}),
        });
    }
  });

  // If the reader cannot open, the page must show: the cover never outlives a failure.
  async function mountReaderOrUncover(
    ...args: Parameters<typeof mountReader>
  ): Promise<ReaderHandle | null> {
    try {
      return await mountReader(...args);
    } catch (error) {
      console.error('Fic Reader could not open the reader', error);
      close();
      return null;
    }
  }

  // Opening by itself: only on story URLs of a site where the reader asked for it.
  if (!options.site?.storyUrl) {
    uncover(document);
    if (!options.site) void open();
    return;
  }
  const siteId = options.site.id;
  void settingsReady.then(() => {
    if (settings.autoOpenOff.includes(siteId)) {
      uncover(document);
      return;
    }
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    streamStory(
      document,
      options.extract,
      {
        onProgress: (s) => void show(s),
        onDone: (answer) => {
          mark('page-read');
          lastAnswer = answer;
          if (answer.kind === 'story') void show(answer.story);
          else if (!handle) uncover(document);
        },
      },
      controller.signal,
    );
  });
}
