/** The reader's moments, in ms from the page's navigation start. */
export interface ReaderTimings {
  /** The content script's first statement. */
  start: number;
  /** The animation frame that showed the first screen (what "first frame" always meant). */
  firstFrame: number;
  /** When that first screen was presented: the first contentful paint of what shows it. */
  onScreen: number;
  /** The whole work rendered. */
  ready: number;
}

/**
 * In the reader's frame: its marks, in its own clock, and its time origin. The reader marks its
 * own timeline only (the page's gets nothing, issue 9); the content script's start comes as an
 * epoch time in the mark's detail.
 */
export const FRAME_TIMINGS = `(() => {
  const start = performance.getEntriesByName('fic-reader:page-start')[0];
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return {
    origin: performance.timeOrigin,
    start: typeof start?.detail === 'number' ? start.detail : NaN,
    firstFrame: at('fic-reader:first-frame'),
    onScreen: at('first-contentful-paint'),
    ready: at('fic-reader:ready'),
  };
})()`;

/**
 * In the page, for a build from before the frame (the shadow-root reader marked the page's own
 * timeline): its first frame was painted by the page's document, so the page's FCP is when it
 * showed.
 */
export const PAGE_MARK_TIMINGS = `(() => {
  const mark = (name) => performance.getEntriesByName('fic-reader:' + name)[0]?.startTime ?? NaN;
  const firstFrame = mark('first-frame');
  if (!Number.isFinite(firstFrame)) return null;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  return { start: mark('start'), firstFrame, onScreen: fcp, ready: mark('ready') };
})()`;

/** True once the reader says the whole work is rendered. */
export const READY = `performance.getEntriesByName('fic-reader:ready').length > 0`;
