import { browser } from 'wxt/browser';
import { READING_PORT } from '../../messaging/reading-port';

/**
 * The reader frame's long-lived channel to the background (lib/background/reading-hub.ts):
 * `open` says which work is read; positions, read marks and highlights follow (issues 10, 11),
 * and changes made in other tabs come back. The background can be stopped at any time (Chrome
 * stops idle service workers): the link reconnects and says `open` again. The frame speaks the
 * whole protocol (`ReadingMessage`); a site's own page, its part (`PageMessage`).
 */
export class ReadingLink<Message extends { type: string }, Reply> {
  private port: ReturnType<typeof browser.runtime.connect> | null = null;
  private openWith: Message | null = null;
  private closed = false;

  constructor(
    private readonly onReply: (reply: Reply) => void,
    /** What to send again after a reconnection (what the background has not acknowledged). */
    private readonly unacknowledged: () => Message[] = () => [],
  ) {}

  /** Opens the work (again, after a reconnection). */
  open(message: Message & { type: 'open' }): void {
    this.openWith = message;
    this.send(message);
  }

  /** Sends a message, connecting first (and saying `open` again) if needed. */
  send(message: Message): void {
    if (this.closed) return;
    try {
      let port = this.port;
      if (!port) {
        port = this.connect();
        if (this.openWith && message !== this.openWith) port.postMessage(this.openWith);
        for (const again of this.unacknowledged()) if (again !== message) port.postMessage(again);
      }
      port.postMessage(message);
    } catch {
      // The port died between two messages: the next send reconnects.
      this.port = null;
    }
  }

  close(): void {
    this.closed = true;
    this.port?.disconnect();
    this.port = null;
  }

  private connect() {
    const port = browser.runtime.connect({ name: READING_PORT });
    port.onMessage.addListener((reply: unknown) => this.onReply(reply as Reply));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      // The background went away (stopped, updated): come back with the work, a moment later.
      if (!this.closed && this.openWith) {
        const again = this.openWith;
        setTimeout(() => {
          if (!this.port) this.send(again);
        }, 250);
      }
    });
    this.port = port;
    return port;
  }
}
