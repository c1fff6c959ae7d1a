/**
 * Yielding to the browser between slices of work, so no task runs past its budget (the reader
 * must never hold the main thread over 50 ms). A MessageChannel message: a task of ordinary
 * priority without setTimeout's 4 ms clamp, taking its turn behind the page's own timers and
 * events. Not scheduler.yield(): its continuations run ahead of the page's tasks, so a loop of
 * them starves the page's timers for as long as the loop runs (issue 7).
 */

const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.();
}

/** Resolves in a later task, after the browser has had a chance to paint and handle input. */
export function yieldToBrowser(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
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
