import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { loadFonts } from '@/lib/reader/load-fonts';
import type { ReadingPosition } from '@/lib/reader/reading-position';
import { RenderPump } from '@/lib/reader/render-pump';
import { RendererRegistry } from '@/lib/reader/renderer-registry';
import { FIRST_SCREEN_BLOCKS } from '@/lib/reader/stream-story';
import { paletteCss } from '@/lib/reader/style-vars';
import type { Settings } from '@/lib/settings/values';
import type { Story } from '@/lib/sites/types';
import { ReaderApp, type ReaderAppProps } from './ReaderApp';
import readerCss from './reader.css?inline';

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

function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
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
  const registry = new RendererRegistry(story, initial.baseUrl, pump, pxPerWord);
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

  const ui = await createShadowRootUi(ctx, {
    name: 'fic-reader',
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
  const first = story.chapters[0];
  if (first) registry.renderNow(first.id, FIRST_SCREEN_BLOCKS + 8);
  afterNextPaint(() => mark('first-frame'));

  return {
    update(next) {
      story = next;
      registry.update(next);
      draw();
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
