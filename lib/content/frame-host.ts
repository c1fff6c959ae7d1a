import { browser } from 'wxt/browser';
import { parseFromFrame } from '../reader/channel/from-frame';
import { randomId } from './random-id';
import type { FromFrame, Handshake, ToFrame } from '../reader/channel/messages';

/** The reader's frame over the page, seen from the content script. */
export interface FrameHost {
  send(message: ToFrame): void;
  /** Takes the keyboard into the reader (once the frame has loaded). */
  focus(): void;
  remove(): void;
}

// The host is the only thing of the reader in the page's DOM: a closed shadow root holds the
// frame, so the page finds neither the frame nor its address. `all: initial` and !important keep
// the page's stylesheets off it.
const HOST_CSS = `:host{all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;display:block!important}
iframe{position:absolute;inset:0;width:100%;height:100%;border:0;display:block;background:transparent}`;

/** How long a closed reader's frame stays in the page, hidden, before it is removed. */
const REMOVE_AFTER_MS = 1000;

/** The origin the frame's document has (in Chrome the real id, even behind a dynamic URL). */
function frameOrigin(url: string): string {
  const runtime = browser.runtime as { id: string };
  return url.startsWith('chrome-extension:')
    ? `chrome-extension://${runtime.id}`
    : new URL(url).origin;
}

/**
 * Puts the reader's frame (an extension page, reader.html) over the page and opens the channel
 * to it. The frame is transparent until it paints, so the cover shows through: no white frame.
 * The port goes to the frame once it has loaded, addressed to the extension's own origin (a
 * message to any other origin is dropped), with a nonce only the frame's URL carries; the frame
 * takes exactly one port. Keyboard focus moves into the frame in the same step (earlier, before
 * the frame has navigated, it does not hold).
 */
export function openFrame(
  doc: Document,
  options: { background: string; onMessage: (message: FromFrame) => void },
): FrameHost {
  const nonce = randomId();
  const url = browser.runtime.getURL('/reader.html');
  const host = doc.createElement('fic-reader');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  const iframe = doc.createElement('iframe');
  iframe.title = 'Fic Reader';
  iframe.src = `${url}#n=${nonce}&bg=${encodeURIComponent(options.background)}`;
  shadow.append(style, iframe);

  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent) => {
    const message = parseFromFrame(event.data);
    if (message) options.onMessage(message);
  };
  let handed = false;
  iframe.addEventListener('load', () => {
    if (handed) return;
    handed = true;
    const handshake: Handshake = { type: 'fic-reader/port', nonce };
    iframe.contentWindow?.postMessage(handshake, frameOrigin(url), [channel.port2]);
    iframe.focus();
  });
  doc.documentElement.append(host);

  return {
    send(message) {
      // Queued on the port until the frame takes it.
      channel.port1.postMessage(message);
    },
    focus() {
      if (handed) iframe.focus();
    },
    remove() {
      channel.port1.close();
      // Gone from sight and from the keyboard at once; out of the page a moment later. A frame
      // removed while the browser is still delivering the key that closed it (Escape) leaves
      // that key's delivery hanging.
      host.style.setProperty('display', 'none', 'important');
      host.inert = true;
      setTimeout(() => host.remove(), REMOVE_AFTER_MS);
    },
  };
}
