/**
 * Marks each stage of an export or import on the background's timeline (the benchmark reads
 * them with performance.getEntriesByType('mark'); the browser's profiler shows them too).
 */
export function mark(stage: string): void {
  performance.mark(`fic-reader:backup:${stage}`);
}
