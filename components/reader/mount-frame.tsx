import { render } from 'preact';
import { browser } from 'wxt/browser';
import highlightPartsCss from '@/assets/reader/highlight-parts.css?inline';
import highlightsCss from '@/assets/reader/highlights.css?inline';
import layoutCss from '@/assets/reader/layout.css?inline';
import panelsCss from '@/assets/reader/panels.css?inline';
import textCss from '@/assets/reader/text.css?inline';
import tokensCss from '@/assets/reader/tokens.css?inline';
import type { FromFrame } from '@/lib/reader/channel/messages';
import { parseToFrame } from '@/lib/reader/channel/to-frame';
import { acceptPort, frameParams } from '@/lib/reader/frame/accept-port';
import { FrameSession } from '@/lib/reader/frame/frame-session';
import { loadFonts } from '@/lib/reader/load-fonts';
import { paletteCss } from '@/lib/reader/style-vars';
import { yieldToBrowser } from '@/lib/reader/yield';
import { loadSettings, saveSetting, watchSettings } from '@/lib/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/values';
import { isKnownSiteId } from '@/lib/sites/site-urls';
import { ReaderApp } from './ReaderApp';

/** Marks a moment in the reader frame's own timeline (the page cannot read it). */
function mark(name: string, options?: PerformanceMarkOptions): void {
  performance.mark(`fic-reader:${name}`, options);
}

const fontUrl = (file: string) => browser.runtime.getURL(`/${file}` as '/');

/**
 * The reader frame's wiring (reader.html): paints the reader's colour at once, takes the one
 * port the content script hands over, and draws the reader (ReaderApp) over the frame's session
 * (lib/reader/frame/frame-session.ts). Settings come from extension storage here, fonts load
 * into this document: nothing of either reaches the page.
 */
export function startReaderFrame(win: Window): void {
  const doc = win.document;
  const { nonce, background } = frameParams(win.location.hash);
  // Before anything else: the first frame this document paints is the reader's colour.
  if (background) doc.documentElement.style.background = background;
  const style = doc.createElement('style');
  style.textContent = [
    paletteCss(),
    tokensCss,
    layoutCss,
    textCss,
    panelsCss,
    highlightsCss,
    highlightPartsCss,
  ].join('\n');
  doc.head.append(style);
  mark('frame-start');

  const controller = new AbortController();
  const settings: Promise<Settings> = loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  void settings.then((s) => loadFonts(doc, s.fontFamily, fontUrl));
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  let root: HTMLElement | null = null;

  void acceptPort(win, nonce).then((port) => {
    mark('port');
    const toPage = (message: FromFrame) => port.postMessage(message);
    const session: FrameSession = new FrameSession({
      settings,
      toPage,
      mark,
      signal: controller.signal,
      doc,
      onView: (view) => {
        root = doc.createElement('div');
        doc.body.append(root);
        view.subscribe((change) =>
          change === 'settings' || change === 'shown' ? draw() : drawSoon(),
        );
        draw();
      },
      onOffer: () => draw(),
    });
    const draw = () => {
      const view = session.view;
      if (!view || !root) return;
      const site = session.site;
      render(
        <ReaderApp
          view={view}
          prefersDark={dark.matches}
          onClose={() => {
            // The page is shown at the paragraph the reader was reading.
            const at = view.readingPosition();
            toPage(
              at
                ? { type: 'close', at: { chapterId: at.chapterId, block: at.block } }
                : { type: 'close' },
            );
          }}
          onNavigate={(url) => toPage({ type: 'navigate', url })}
          onComments={() => toPage({ type: 'comments' })}
          onSetting={(key, value) => void saveSetting(key, value)}
          offer={session.offer}
          lastRead={session.lastRead}
          onAcceptOffer={() => void session.acceptOffer()}
          onDismissOffer={() => session.dismissOffer()}
          highlights={session.highlights}
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
    port.onmessage = (event: MessageEvent) => {
      const message = parseToFrame(event.data);
      if (message) void session.handle(message);
    };
    watchSettings((next) => {
      loadFonts(doc, next.fontFamily, fontUrl);
      session.setSettings(next);
    });
  });
}
