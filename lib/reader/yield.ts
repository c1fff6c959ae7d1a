/**
 * Yielding to the browser between slices of work, so no task runs past its budget (the reader
 * must never hold the main thread over 50 ms). A zero-delay timer: it queues behind the page's
 * own timers that are already due, so a long loop of slices leaves them their turn (issue 7).
 * Not scheduler.yield(): its continuations run ahead of the page's tasks (in Chromium a loop
 * of 8 ms slices let a 10 ms interval fire 5 times in 1.5 s). Not a MessageChannel message
 * either: Chromium runs those ahead of timers often enough to halve the page's ticks.
 */

/** Resolves in a later task, after the browser has had a chance to paint and handle input. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work allowed per slice: well under the 50 ms long-task line. */
export const SLICE_BUDGET_MS = 10;

/**
 * Runs `step` until it returns false, yielding whenever a slice has used its budget.
 * Stops early when `signal` aborts.
 */
export async function runInSlices(
  step: () => boolean,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
): Promise<void> {
  let sliceStart = performance.now();
  while (!signal?.aborted) {
    if (!step()) return;
    if (performance.now() - sliceStart >= budget) {
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
}
