/**
 * Chunks of text are inserted asleep (their contents skipped by the browser: no style, no
 * layout) and woken, a group at a time, when they come near the screen, or, in the background,
 * one group per animation frame. Without this, a long work inserted between two frames is laid out in one go: Chrome lays
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

const AWAKE = 'fr-awake';

/** True once a group has been woken: chunks added to it afterwards start awake. */
export function isAwakeGroup(group: Element): boolean {
  return group.classList.contains(AWAKE);
}

/** Wakes every chunk of a group, and the ones it will get. */
function wakeGroup(group: Element): void {
  group.classList.add(AWAKE);
  for (const chunk of group.children) wake(chunk);
}

/**
 * Wakes the chunks of groups near the screen at once, and the other groups one per animation
 * frame. Chunks woken inside a group that is off screen cost next to nothing: the group is
 * skipped whole (content-visibility: auto) until it nears the screen.
 */
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
          wakeGroup(entry.target);
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

  /** A new group of chunks. */
  add(group: Element): void {
    this.observer.observe(group);
    this.queue.push(group);
    if (!this.frame) this.frame = requestAnimationFrame(this.step);
  }

  private step = () => {
    this.frame = 0;
    if (this.signal.aborted) return;
    const group = this.queue.shift();
    if (group) {
      wakeGroup(group);
      this.observer.unobserve(group);
    }
    if (this.queue.length > 0) this.frame = requestAnimationFrame(this.step);
  };
}
