import { createReadSession, readInSession } from '../sites/common/blocks';
import type { Extraction, Story } from '../sites/types';
import { FIRST_SCREEN_BLOCKS, HOLD_BACK } from './streaming-policy';
import { yieldToBrowser } from './yield';

/**
 * Reads a story while its page is still loading. The URL already says it is a story, so instead
 * of waiting for DOMContentLoaded (700 ms and more on a 500,000-word AO3 page) the page is read
 * again every few milliseconds as the parser adds to it; once the first chapter has a screenful
 * of settled text, the reader can paint. Each text container is read on from where the last read
 * stopped, so a read costs what is new, and each read has a time budget, so none becomes a long
 * task: what a read has no time for, the next one picks up. Every read reads at least one node,
 * so the reading always ends.
 */

/** How often to look while loading: fast until the first screen, then at a calmer pace. */
const FIRST_INTERVAL_MS = 8;
const LATER_INTERVAL_MS = 40;
/** Time one read may take before it leaves the rest for the next. */
const READ_BUDGET_MS = 8;
/**
 * Reads after the page is parsed before the answer is given as it stands. Each read takes at
 * least one new node, so only a page that keeps adding text after it has loaded gets here.
 */
export const MAX_FINAL_READS = 20_000;

/** What the stream reports. */
export interface StreamHandlers {
  /** The story so far, with enough text to show (may come several times while loading). */
  onProgress(story: Story): void;
  /** The final answer, once the page is parsed. */
  onDone(extraction: Extraction): void;
}

/** True when a story read from a loading page has a screenful of text that will not change. */
export function hasFirstScreen(story: Story): boolean {
  const first = story.chapters[0];
  if (!first || !story.title) return false;
  return first.complete
    ? first.blocks.length > 0
    : first.blocks.length >= FIRST_SCREEN_BLOCKS + HOLD_BACK;
}

/** Reads a loaded page a budget at a time, yielding between slices: no long task. */
export async function readInSlices(
  extract: () => Extraction,
  maxReads = MAX_FINAL_READS,
): Promise<Extraction> {
  const session = createReadSession();
  for (let reads = 1; ; reads++) {
    const { result, cutShort } = readInSession(
      session,
      extract,
      performance.now() + READ_BUDGET_MS,
    );
    if (!cutShort || reads >= maxReads) return result;
    await yieldToBrowser();
  }
}

/** Streams a page's story to the handlers; stops when `signal` aborts. */
export function streamStory(
  doc: Document,
  extract: () => Extraction,
  handlers: StreamHandlers,
  signal: AbortSignal,
  maxFinalReads = MAX_FINAL_READS,
): void {
  const session = createReadSession();
  const read = (budget: number) => readInSession(session, extract, performance.now() + budget);
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  const finish = async () => {
    if (finished || signal.aborted) return;
    finished = true;
    clearTimeout(timer);
    // The parser is done; read whatever is left, a budget at a time, then answer once.
    for (let reads = 1; ; reads++) {
      const { result, cutShort } = read(READ_BUDGET_MS);
      if (!cutShort || reads >= maxFinalReads) return handlers.onDone(result);
      if (result.kind === 'story') handlers.onProgress(result.story);
      await yieldToBrowser();
      if (signal.aborted) return;
    }
  };
  if (doc.readyState !== 'loading') {
    void finish();
    return;
  }
  const tick = () => {
    if (signal.aborted || finished) return;
    if (doc.readyState !== 'loading') return void finish();
    const { result } = read(READ_BUDGET_MS);
    if (result.kind === 'story' && (shown || hasFirstScreen(result.story))) {
      shown = true;
      handlers.onProgress(result.story);
    }
    timer = setTimeout(tick, shown ? LATER_INTERVAL_MS : FIRST_INTERVAL_MS);
  };
  doc.addEventListener('DOMContentLoaded', () => void finish(), { once: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  timer = setTimeout(tick, 0);
}
