import type { Handshake } from '../channel/messages';

/** What the frame's URL fragment carries: the nonce and the colour to paint at once. */
export function frameParams(hash: string): { nonce: string; background: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { nonce: params.get('n') ?? '', background: params.get('bg') };
}

/**
 * Waits for the one port the content script hands over. Only a message carrying the nonce from
 * this frame's own URL (which the page never sees) and exactly one port is taken; after it, the
 * frame listens to no window message at all. The page cannot reach this frame's window anyway
 * (the frame sits in a closed shadow root): this makes a forged handshake worthless too.
 */
export function acceptPort(win: Window, nonce: string): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<Handshake> | null;
      const port = event.ports[0];
      if (
        !nonce ||
        data?.type !== 'fic-reader/port' ||
        data.nonce !== nonce ||
        event.ports.length !== 1 ||
        !port
      ) {
        return;
      }
      win.removeEventListener('message', onMessage);
      resolve(port);
    };
    win.addEventListener('message', onMessage);
  });
}
