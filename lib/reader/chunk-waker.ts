/**
 * Chunks of text are inserted asleep (their contents skipped by the browser: no style, no
 * layout) and woken when they come near the screen, or, in the background, one per animation
 * frame. Without this, a long work inserted between two frames is laid out in one go: Chrome lays
 * out a new `content-visibility: auto` element fully before deciding it is off screen (a 400 ms
 * task for 500,000 words). Woken chunks stay `content-visibility: auto`, so the browser still
 * skips them when they are far away.
 *
 * Where the browser supports it, sleeping is `hidden="until-found"`: find-in-page still reaches
 * the text and wakes the chunk itself. Elsewhere a class does the same without the search.
 */

const UNTIL_FOUND = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/** Puts a chunk to sleep. */
export function sleep(chunk: HTMLElement): void {
  if (UNTIL_FOUND) chunk.setAttribute('hidden', 'until-found');
  else chunk.classList.add('fr-asleep');
}

/** Wakes a chunk (no-op if awake). */
export function wake(chunk: Element): void {
  chunk.removeAttribute('hidden');
  chunk.classList.remove('fr-asleep');
}

function isAsleep(chunk: Element): boolean {
  return chunk.hasAttribute('hidden') || chunk.classList.contains('fr-asleep');
}

/** Wakes sleeping chunks near the screen at once, and the others a frame at a time. */
export class ChunkWaker {
  private readonly observer: IntersectionObserver;
  private readonly queue: Element[] = [];
  private frame = 0;

  constructor(
    scroller: Element,
    private readonly signal: AbortSignal,
  ) {
    // A screen and a half above and below: scrolling never meets a sleeping chunk.
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          wake(entry.target);
          this.observer.unobserve(entry.target);
        }
      },
      { root: scroller, rootMargin: '150% 0px' },
    );
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      cancelAnimationFrame(this.frame);
    });
  }

  /** A new sleeping chunk. */
  add(chunk: Element): void {
    this.observer.observe(chunk);
    this.queue.push(chunk);
    if (!this.frame) this.frame = requestAnimationFrame(this.step);
  }

  private step = () => {
    this.frame = 0;
    if (this.signal.aborted) return;
    // One chunk per frame: a few milliseconds of layout at most.
    let chunk = this.queue.shift();
    while (chunk && !isAsleep(chunk)) chunk = this.queue.shift();
    if (chunk) {
      wake(chunk);
      this.observer.unobserve(chunk);
    }
    if (this.queue.length > 0) this.frame = requestAnimationFrame(this.step);
  };
}
