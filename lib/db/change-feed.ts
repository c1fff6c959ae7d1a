import { browser } from 'wxt/browser';
import type { RequestDeps } from '../messaging/define-request';
import { LIBRARY_CHANGED, type LibraryChanged } from '../messaging/requests/library-changed';
import type { WorkRef } from '../sites/types';
import { workKey } from './work-key';

/** Which works a write touches: from its arguments; 'all' for writes across the library. */
type Touches = (args: unknown[]) => string[] | 'all';

const firstArg: Touches = (args) => [String(args[0])];

/**
 * Every method of the repositories, by repository: the writes with the works they touch, and the
 * reads. A method in neither list fails change-feed.test.ts, so a new write cannot be forgotten.
 */
export const WRITES: Record<string, Record<string, Touches>> = {
  works: { recordOpen: (args) => [workKey(args[0] as WorkRef)] },
  reading: {
    open: firstArg,
    savePosition: firstArg,
    markChapter: firstArg,
    resetFurthest: firstArg,
  },
  highlights: { put: firstArg, setRemoved: firstArg },
  library: {
    setStatus: firstArg,
    setTags: firstArg,
    deleteWork: firstArg,
    undoDelete: firstArg,
    clearAll: () => 'all',
  },
};

/** Methods that only read (or, like purgeExpired, change nothing a page shows). */
export const READS: Record<string, string[]> = {
  works: ['get', 'list'],
  reading: ['state'],
  highlights: ['forWork', 'list'],
  library: [
    'list',
    'purgeExpired',
    'recent',
    'chapter',
    'libraryPage',
    'libraryRecords',
    'worksWithHighlights',
    'readingHistory',
  ],
};

/** Timers, injectable for tests. */
export interface FeedTimers {
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Tells open extension pages which works changed, after each write commits. Writes come in
 * bursts (a position a second per reading tab), so changes are gathered and sent at most once
 * per `delayMs`.
 */
export function createChangeFeed(
  send: (change: LibraryChanged) => void,
  delayMs = 250,
  timers: FeedTimers = { setTimeout: (fn, ms) => setTimeout(fn, ms) },
) {
  let works = new Set<string>();
  let all = false;
  let scheduled = false;

  function flush() {
    scheduled = false;
    const change: LibraryChanged = { type: LIBRARY_CHANGED, works: [...works], all };
    works = new Set();
    all = false;
    send(change);
  }

  /** Records that these works (or all) changed; sends soon. */
  function changed(touched: string[] | 'all') {
    if (touched === 'all') all = true;
    else for (const key of touched) works.add(key);
    if (!scheduled) {
      scheduled = true;
      timers.setTimeout(flush, delayMs);
    }
  }

  /** The same repositories, each write reporting its works once it has committed. */
  function wrap(deps: RequestDeps): RequestDeps {
    const wrapped = { ...deps } as unknown as Record<string, Record<string, unknown>>;
    for (const [repo, methods] of Object.entries(WRITES)) {
      const original = wrapped[repo] as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const copy: Record<string, unknown> = { ...original };
      for (const [name, touches] of Object.entries(methods)) {
        copy[name] = async (...args: unknown[]) => {
          const result = await (original[name] as (...a: unknown[]) => Promise<unknown>)(...args);
          changed(touches(args));
          return result;
        };
      }
      wrapped[repo] = copy;
    }
    return wrapped as unknown as RequestDeps;
  }

  return { changed, wrap };
}

/** The change feed. */
export type ChangeFeed = ReturnType<typeof createChangeFeed>;

/** Sends a change to every open extension page; nobody listening (no page open) is fine. */
export function broadcastToPages(change: LibraryChanged): void {
  browser.runtime.sendMessage(change).catch(() => undefined);
}
