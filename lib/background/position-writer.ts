import type { Position } from '../progress/position';

/** The newest position of a tab not yet written, with the active time gathered since the last write. */
export interface PendingPosition {
  seq: number;
  position: Position;
  activeMs: number;
}

/** Timers, injectable for tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/**
 * Coalesces one tab's positions into at most one write per `intervalMs` (trailing: the newest
 * position is written when the interval allows, the ones in between are superseded; none while
 * the reader is still). `flush()` writes at once (the port disconnected).
 */
export function createPositionWriter(
  write: (pending: PendingPosition) => Promise<void>,
  timers: Timers,
  intervalMs = 1000,
) {
  let pending: PendingPosition | undefined;
  let timer: unknown;
  let inFlight: Promise<void> | undefined;
  let lastWriteAt = -Infinity;

  function start(): Promise<void> {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    const next = pending;
    if (!next) return inFlight ?? Promise.resolve();
    pending = undefined;
    lastWriteAt = timers.now();
    inFlight = write(next)
      .catch(() => undefined)
      .finally(() => {
        inFlight = undefined;
        if (pending) schedule();
      });
    return inFlight;
  }

  function schedule() {
    if (timer !== undefined || inFlight) return;
    const wait = Math.max(0, lastWriteAt + intervalMs - timers.now());
    timer = timers.setTimeout(() => void start(), wait);
  }

  return {
    /** Takes a new position; the active time of superseded ones is kept. */
    push(report: PendingPosition) {
      pending = { ...report, activeMs: (pending?.activeMs ?? 0) + report.activeMs };
      schedule();
    },
    /** Writes what is pending now (after the write in flight); resolves once committed. */
    async flush(): Promise<void> {
      if (inFlight) await inFlight;
      await start();
    },
  };
}
