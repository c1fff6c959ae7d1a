import { CHUNK_BLOCKS, type TextRenderer } from './text-renderer';
import { runInSlices, yieldToBrowser } from './yield';

/**
 * Renders every chapter's text in the background, a chunk per step and never more than a slice's
 * budget per task, in the order the reader is most likely to need it: the chapter on screen first,
 * then the ones after it, then the ones before.
 */
export class RenderPump {
  private order: TextRenderer[] = [];
  private running = false;

  constructor(
    private readonly signal: AbortSignal,
    /** Called after each run of slices (the work may now be all on screen). */
    private readonly onRendered: () => void = () => {},
  ) {}

  /** Sets the renderers in priority order. */
  setOrder(renderers: TextRenderer[]): void {
    this.order = renderers;
  }

  /** True when nothing is waiting. */
  get idle(): boolean {
    return !this.order.some((r) => r.pending > 0);
  }

  /** Starts (or continues) rendering whatever is pending. */
  kick(): void {
    if (this.running || this.signal.aborted) return;
    this.running = true;
    // Never inside the caller's task (a streaming read, an event): the first slice waits its turn.
    void yieldToBrowser()
      .then(() =>
        runInSlices(() => {
          const next = this.order.find((r) => r.pending > 0);
          if (!next) return false;
          next.renderSome(CHUNK_BLOCKS);
          return true;
        }, this.signal),
      )
      .then(() => {
        this.running = false;
        this.onRendered();
        if (!this.idle) this.kick();
      });
  }
}
