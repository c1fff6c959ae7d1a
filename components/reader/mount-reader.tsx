import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ChunkWaker } from '@/lib/reader/chunk-waker';
import { loadFonts } from '@/lib/reader/load-fonts';
import type { ReadingPosition } from '@/lib/reader/reading-position';
import { RenderPump } from '@/lib/reader/render-pump';
import { RendererRegistry } from '@/lib/reader/renderer-registry';
import { FIRST_SCREEN_BLOCKS } from '@/lib/reader/stream-story';
import { paletteCss } from '@/lib/reader/style-vars';
import { yieldToBrowser } from '@/lib/reader/yield';
import type { Settings } from '@/lib/settings/values';
import type { Story } from '@/lib/sites/types';
import { ReaderApp, type ReaderAppProps } from './ReaderApp';
import layoutCss from '@/assets/reader/layout.css?inline';
import panelsCss from '@/assets/reader/panels.css?inline';
import textCss from '@/assets/reader/text.css?inline';
import tokensCss from '@/assets/reader/tokens.css?inline';

const readerCss = [tokensCss, layoutCss, textCss, panelsCss].join('\n');

/** An open reader. */
export interface ReaderHandle {
  /** A newer reading of the page (more text while loading, or the final one). */
  update(story: Story): void;
  setSettings(settings: Settings): void;
  /** How many times the reader has opened this work (from the library). */
  setOpenCount(count: number): void;
  /** Closes the reader; the page underneath is untouched. */
  remove(): void;
}

/** What the reader calls back for. */
export type ReaderCallbacks = Pick<
  ReaderAppProps,
  'onClose' | 'onNavigate' | 'onSetting' | 'onComments' | 'site'
> & {
  onPosition?: (position: ReadingPosition) => void;
  /** The whole work is on screen. */
  onReady?: () => void;
};

/** Marks a moment for benchmarks (the page's performance timeline). */
export function mark(name: string): void {
  performance.mark(`fic-reader:${name}`);
}

/**
 * Marks the frame that first shows the reader: the time of the animation frame that paints it
 * (a task posted after it could wait behind the page's parser, and would say the frame came later).
 */
function markNextFrame(name: string): void {
  requestAnimationFrame((frameTime) =>
    performance.mark(`fic-reader:${name}`, { startTime: frameTime }),
  );
}

/**
 * Mounts the reader in a shadow root over the page and paints the first screen of text in the
 * same task: the rest of the work is rendered in small slices afterwards.
 */
export async function mountReader(
  ctx: ContentScriptContext,
  initial: { story: Story; settings: Settings; baseUrl: string },
  callbacks: ReaderCallbacks,
): Promise<ReaderHandle> {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  let story = initial.story;
  let settings = initial.settings;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  let ready = false;
  const pump = new RenderPump(controller.signal, () => {
    if (!ready && pump.idle && story.chapters.every((c) => c.complete)) {
      ready = true;
      mark('ready');
      callbacks.onReady?.();
    }
  });
  // Until a chunk is laid out it takes the height its words would fill at these settings.
  const pxPerWord = () =>
    (settings.fontSize * settings.lineHeight) / Math.max(4, settings.contentWidth / 6);
  // Groups of chunks arrive before the scroller exists; the waker takes them once it does.
  let waker: ChunkWaker | null = null;
  const early: HTMLElement[] = [];
  const registry = new RendererRegistry(story, initial.baseUrl, pump, pxPerWord, (group) =>
    waker ? waker.add(group) : early.push(group),
  );
  loadFonts(document, settings.fontFamily, (file) => browser.runtime.getURL(`/${file}` as '/'));

  let openCount: number | undefined;
  let container: HTMLElement | null = null;
  const draw = () => {
    if (!container) return;
    render(
      <ReaderApp
        story={story}
        settings={settings}
        registry={registry}
        baseUrl={initial.baseUrl}
        prefersDark={dark.matches}
        onClose={callbacks.onClose}
        onNavigate={callbacks.onNavigate}
        onSetting={callbacks.onSetting}
        onComments={callbacks.onComments}
        {...(callbacks.site ? { site: callbacks.site } : {})}
        {...(callbacks.onPosition ? { onPosition: callbacks.onPosition } : {})}
        {...(openCount ? { openCount } : {})}
      />,
      container,
    );
  };
  dark.addEventListener('change', draw, { signal: controller.signal });
  // Re-renders asked for while the page streams in are coalesced into one task of their own.
  let drawPending = false;
  const drawSoon = () => {
    if (drawPending) return;
    drawPending = true;
    void yieldToBrowser().then(() => {
      drawPending = false;
      if (!controller.signal.aborted) draw();
    });
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'fic-reader',
    // Closed: the site's own scripts cannot read the reader or drive its controls. Only the
    // test build (FIC_READER_TEST_BUILD=1) opens it, so the end-to-end tests can look inside.
    mode: __FIC_READER_TEST_BUILD__ ? 'open' : 'closed',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    css: `${paletteCss()}\n${readerCss}`,
    // Keys typed in the reader are the reader's: the site must not also turn the page.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  const scroller = ui.shadow.querySelector('.fr-scroll');
  if (scroller) {
    waker = new ChunkWaker(scroller, controller.signal);
    for (const group of early.splice(0)) waker.add(group);
  }
  const first = story.chapters[0];
  if (first) registry.renderNow(first.id, FIRST_SCREEN_BLOCKS + 8);
  markNextFrame('first-frame');

  return {
    update(next) {
      const previous = story;
      story = next;
      registry.update(next);
      // While the page streams in, new blocks go straight to the text renderers; the components
      // re-render only when what they show changes (a new chapter, the final reading).
      const final = next.chapters.every((c) => c.complete);
      if (
        final ||
        next.chapters.length !== previous.chapters.length ||
        next.title !== previous.title
      ) {
        drawSoon();
      }
    },
    setSettings(next) {
      settings = next;
      loadFonts(document, next.fontFamily, (file) => browser.runtime.getURL(`/${file}` as '/'));
      draw();
    },
    setOpenCount(count) {
      openCount = count;
      draw();
    },
    remove() {
      controller.abort();
      ui.remove();
    },
  };
}
