/**
 * The most active reading time one report may add: like KOReader's statistics (each page's time
 * clamped to 120 s), a reader who left the tab open on one screen is not reading for an hour.
 */
export const MAX_REPORT_MS = 120_000;

/** Slack for timers: a report may claim a little more than the wall time since the last one. */
export const WALL_SLACK_MS = 1_000;

/**
 * The active time to record for one report: what the reader claims (it counts only visible,
 * non-idle time), but never more than the cap, nor more than the wall time since this tab's
 * previous report allows. Garbage counts as nothing.
 */
export function clampActiveMs(reportedMs: number, wallMs: number): number {
  if (!Number.isFinite(reportedMs) || reportedMs <= 0) return 0;
  const wall = Number.isFinite(wallMs) ? Math.max(0, wallMs) + WALL_SLACK_MS : 0;
  return Math.floor(Math.min(reportedMs, MAX_REPORT_MS, wall));
}
