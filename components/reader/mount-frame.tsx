import { render } from 'preact';
import { browser } from 'wxt/browser';
import layoutCss from '@/assets/reader/layout.css?inline';
import panelsCss from '@/assets/reader/panels.css?inline';
import textCss from '@/assets/reader/text.css?inline';
import tokensCss from '@/assets/reader/tokens.css?inline';
import type { FromFrame, FrameSite } from '@/lib/reader/channel/messages';
import { StoryAssembly } from '@/lib/reader/channel/story-assembly';
import { parseToFrame } from '@/lib/reader/channel/to-frame';
import { acceptPort, frameParams } from '@/lib/reader/frame/accept-port';
import { openMessage } from '@/lib/reader/frame/open-message';
import { ReadingLink } from '@/lib/reader/frame/reading-link';
import { loadFonts } from '@/lib/reader/load-fonts';
import { paletteCss } from '@/lib/reader/style-vars';
import { ReaderView, type WorkRecord } from '@/lib/reader/view/reader-view';
import { yieldToBrowser } from '@/lib/reader/yield';
import { loadSettings, saveSetting, watchSettings } from '@/lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/values';
import { isKnownSiteId } from '@/lib/sites/site-urls';
import type { Story } from '@/lib/sites/types';
import { ReaderApp } from './ReaderApp';

/** Marks a moment in the reader frame's own timeline (the page cannot read it). */
function mark(name: string, options?: PerformanceMarkOptions): void {
  performance.mark(`fic-reader:${name}`, options);
}

const fontUrl = (file: string) => browser.runtime.getURL(`/${file}` as '/');

/**
 * The reader frame's wiring (reader.html): paints the reader's colour at once, takes the one
 * port the content script hands over, puts the story back together from what it sends, and
 * draws the reader (ReaderApp) over a ReaderView. Settings come from extension storage here,
 * fonts load into this document: nothing of either reaches the page.
 */
export function startReaderFrame(win: Window): void {
  const doc = win.document;
  const { nonce, background } = frameParams(win.location.hash);
  // Before anything else: the first frame this document paints is the reader's colour.
  if (background) doc.documentElement.style.background = background;
  const style = doc.createElement('style');
  style.textContent = [paletteCss(), tokensCss, layoutCss, textCss, panelsCss].join('\n');
  doc.head.append(style);
  mark('frame-start');

  const controller = new AbortController();
  const settingsReady: Promise<Settings> = loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  const assembly = new StoryAssembly();
  let view: ReaderView | null = null;
  let site: FrameSite | null = null;
  let root: HTMLElement | null = null;
  let opened = false;
  let pendingRecord: WorkRecord | null = null;
  const link = new ReadingLink((reply) => {
    if (reply.type !== 'state') return;
    const { type: _type, ...record } = reply;
    if (view) view.setRecord(record);
    else pendingRecord = record;
  });
  // The work is recorded once the page has been read whole (an entire work lists every chapter).
  const openOnce = (story: Story) => {
    if (opened || !story.chapters.every((c) => c.complete)) return;
    opened = true;
    link.open(openMessage(story));
  };

  void acceptPort(win, nonce).then((port) => {
    mark('port');
    const send = (message: FromFrame) => port.postMessage(message);
    const draw = () => {
      if (!view || !root) return;
      render(
        <ReaderApp
          view={view}
          prefersDark={dark.matches}
          onClose={() => send({ type: 'close' })}
          onNavigate={(url) => send({ type: 'navigate', url })}
          onComments={() => send({ type: 'comments' })}
          onSetting={(key, value) => void saveSetting(key, value)}
          {...(site?.known && isKnownSiteId(site.id)
            ? { site: { id: site.id, name: site.name } }
            : {})}
        />,
        root,
      );
    };
    // Redraws asked for while the page streams in are coalesced into one task of their own.
    let drawPending = false;
    const drawSoon = () => {
      if (drawPending) return;
      drawPending = true;
      void yieldToBrowser().then(() => {
        drawPending = false;
        if (!controller.signal.aborted) draw();
      });
    };
    dark.addEventListener('change', draw, { signal: controller.signal });

    port.onmessage = async (event: MessageEvent) => {
      const message = parseToFrame(event.data);
      if (!message) return;
      if (message.type === 'timing') return mark(`page-${message.name}`, { detail: message.at });
      if (message.type === 'show-chapter') return view?.jumpTo(message.chapterId);
      site = message.site;
      if (!view) mark('story-received');
      const { story, replaced } = assembly.apply(message.head, message.blocks);
      if (!story) return;
      openOnce(story);
      if (view) return view.update(story, replaced);
      const settings = await settingsReady;
      if (view) return (view as ReaderView).update(story, replaced);
      view = new ReaderView(story, {
        baseUrl: message.baseUrl,
        settings,
        signal: controller.signal,
        mark: (name) => mark(name),
      });
      loadFonts(doc, settings.fontFamily, fontUrl);
      if (pendingRecord) view.setRecord(pendingRecord);
      view.subscribe((change) => (change === 'settings' ? draw() : drawSoon()));
      root = doc.createElement('div');
      doc.body.append(root);
      draw();
      view.paintFirstScreen();
      // The frame that shows the first screen: its time, for the benchmark.
      requestAnimationFrame((frameTime) => {
        mark('first-frame', { startTime: frameTime });
        send({ type: 'first-frame', at: performance.timeOrigin + frameTime });
      });
    };
    watchSettings((next) => {
      loadFonts(doc, next.fontFamily, fontUrl);
      view?.setSettings(next);
    });
  });
}
