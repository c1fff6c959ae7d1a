/**
 * Yielding to the browser between slices of work, so no task runs past its budget (the reader
 * must never hold the main thread over 50 ms). scheduler.yield() where the browser has it,
 * otherwise a MessageChannel message (a macrotask without setTimeout's 4 ms clamp).
 */

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.();
}

/** Resolves in a later task, after the browser has had a chance to paint and handle input. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
