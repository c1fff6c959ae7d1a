import { READING_PORT, type ReadingReply } from '../../messaging/reading-protocol';
import type { Sender } from '../../messaging/sender';
import type { PortLike } from '../reading-hub';

/** Lets the IndexedDB fake (setImmediate) and pending promises run until `done()` or a limit. */
export async function until(done: () => boolean, turns = 500): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setImmediate(r));
  if (!done()) throw new Error('until: the condition never held');
}

/** Like `until`, for a condition that must read the database. */
export async function eventually(check: () => Promise<boolean>, turns = 200): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (await check()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('eventually: the condition never held');
}

/** Lets everything pending run (for asserting that something did not happen). */
export async function settle(turns = 50): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}

/**
 * A fake `runtime.Port` as the background sees it: `send` is the reader posting, `close` the tab
 * going away; `received` is what the background posted (JSON-copied, as the browser does).
 */
export function createFakePort(sender: Sender, name = READING_PORT) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const received: ReadingReply[] = [];
  let connected = true;
  const port: PortLike = {
    name,
    sender,
    postMessage(message) {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      received.push(JSON.parse(JSON.stringify(message)) as ReadingReply);
    },
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    disconnect() {
      connected = false;
    },
  };
  const of = <T extends ReadingReply['type']>(type: T) =>
    received.filter((m): m is Extract<ReadingReply, { type: T }> => m.type === type);
  return {
    port,
    received,
    of,
    get connected() {
      return connected;
    },
    /** The reader sends a message. */
    send(message: unknown) {
      for (const l of onMessage) l(JSON.parse(JSON.stringify(message)));
    },
    /** The tab closes or navigates. */
    close() {
      connected = false;
      for (const l of onDisconnect) l();
    },
    /** Waits for the first message of a type (matching `where`) and returns it. */
    async next<T extends ReadingReply['type']>(
      type: T,
      where: (m: Extract<ReadingReply, { type: T }>) => boolean = () => true,
    ) {
      let found: Extract<ReadingReply, { type: T }> | undefined;
      await until(() => (found = of(type).find(where)) !== undefined);
      return found as Extract<ReadingReply, { type: T }>;
    },
  };
}

/** A fake port. */
export type FakePort = ReturnType<typeof createFakePort>;
