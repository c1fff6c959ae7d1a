import type { ContainerReader } from './container-reader';

/**
 * The memory of a streaming extraction: one reader per text container, kept from one read of
 * the page to the next, so every read goes on from where the last stopped. Adapters do not pass
 * it along: `readInSession` makes it ambient for the extraction it runs.
 */
export interface ReadSession {
  readonly readers: WeakMap<Element, { reader: ContainerReader; key: string }>;
}

/** A new, empty session (one per page being streamed). */
export function createReadSession(): ReadSession {
  return { readers: new WeakMap() };
}

let current: ReadSession | undefined;
let deadline = Infinity;
let cut = false;
let progressed = false;

/**
 * Runs an extraction inside a session with a deadline (a performance.now() time): text
 * containers read within it continue where they stopped, and stop reading new nodes once the
 * deadline has passed (after at least one node of the whole run), their text marked
 * incomplete. Says whether
 * the deadline cut anything.
 */
export function readInSession<T>(
  session: ReadSession,
  run: () => T,
  until = Infinity,
): { result: T; cutShort: boolean } {
  const previous = [current, deadline, cut, progressed] as const;
  current = session;
  deadline = until;
  cut = false;
  progressed = false;
  try {
    const result = run();
    return { result, cutShort: cut };
  } finally {
    [current, deadline, cut, progressed] = previous;
  }
}

/** What the extraction in progress may use: its session, and whether it is out of time. */
export function ambient() {
  return {
    session: current,
    /**
     * True once the deadline has passed, but never before the run has read one node: however
     * long the fixed part of a read takes, every read makes progress (issue 7).
     */
    outOfTime: () => progressed && deadline !== Infinity && performance.now() > deadline,
    /** A node was read. */
    progress: () => {
      progressed = true;
    },
    /** The deadline left something unread. */
    cutShort: () => {
      cut = true;
    },
  };
}
