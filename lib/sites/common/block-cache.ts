import type { BlockText, ReadBlock } from './block-types';

// The caches the streaming reader sets around a whole extraction (see readWithCache): blocks by
// node, whole texts by container once the parser has finished with them, and a time budget.
let ambientCache: WeakMap<Node, ReadBlock> | undefined;
let ambientTexts: WeakMap<Element, BlockText> | undefined;
let ambientDeadline = Infinity;
let cutShort = false;
const textCaches = new WeakMap<WeakMap<Node, ReadBlock>, WeakMap<Element, BlockText>>();

/**
 * Runs an extraction with a block cache and a deadline: every readBlocks call inside reuses
 * blocks read before, and stops reading new ones once `deadline` (a performance.now() time) has
 * passed, its text marked incomplete. Lets the streaming reader read a growing page in short
 * slices without every adapter passing these along. Says whether the deadline cut anything.
 */
export function readWithCache<T>(
  cache: WeakMap<Node, ReadBlock>,
  run: () => T,
  deadline = Infinity,
): { result: T; cutShort: boolean } {
  const previous = [ambientCache, ambientTexts, ambientDeadline, cutShort] as const;
  ambientCache = cache;
  ambientTexts = textCaches.get(cache) ?? new WeakMap();
  textCaches.set(cache, ambientTexts);
  ambientDeadline = deadline;
  cutShort = false;
  try {
    const result = run();
    return { result, cutShort };
  } finally {
    [ambientCache, ambientTexts, ambientDeadline, cutShort] = previous;
  }
}

/** What the extraction in progress may use: its caches, and whether it is out of time. */
export function ambient() {
  return {
    cache: ambientCache,
    texts: ambientTexts,
    outOfTime: () => ambientDeadline !== Infinity && performance.now() > ambientDeadline,
    /** The deadline left something unread. */
    cutShort: () => {
      cutShort = true;
    },
  };
}
