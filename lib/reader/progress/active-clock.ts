/**
 * Active reading time (issue 10): time counts while the reader is visible and has been used
 * lately (a scroll, a key, a touch within the last two minutes), the way KOReader clamps idle
 * pages: a tab left open overnight adds nothing. The background bounds each report again by its
 * own clock.
 */
export const IDLE_AFTER_MS = 120_000;

/** Counts active milliseconds between `take()` calls. */
export class ActiveClock {
  private counted = 0;
  private since: number;
  private lastActivity: number;

  constructor(
    private readonly visible: () => boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.since = now();
    this.lastActivity = this.since;
  }

  /** The reader did something (scrolled, typed, touched). */
  activity(): void {
    this.settle();
    this.lastActivity = this.now();
  }

  /** Visibility changed: what came before is settled with the old state. */
  visibilityChanged(): void {
    this.settle();
  }

  /** Active milliseconds since the last take, and a new start. */
  take(): number {
    this.settle();
    const taken = Math.round(this.counted);
    this.counted = 0;
    return taken;
  }

  private settle(): void {
    const now = this.now();
    if (this.visible()) {
      // Only the part of the interval within IDLE_AFTER_MS of the last activity counts.
      const activeUntil = Math.min(now, this.lastActivity + IDLE_AFTER_MS);
      this.counted += Math.max(0, activeUntil - this.since);
    }
    this.since = now;
  }
}
