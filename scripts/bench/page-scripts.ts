/**
 * Code run inside the benchmarked page, as strings: tsx would otherwise wrap functions passed to
 * page.evaluate with helpers the page does not have.
 */

/**
 * Before any of the page's scripts: long tasks, the page's own 10 ms timer (how long it was
 * starved), and what every frame paints until the reader is up.
 */
export const RECORDER = `
  window.__bench = { longtasks: [], frames: 0, siteFrames: 0, gaps: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let lastTick = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__bench.gaps.push([lastTick, now - lastTick]);
    lastTick = now;
  }, 10);
  // Every frame of the first seconds: is the site's body on screen? (The reader, in its own
  // frame over the page, cannot be seen from here; the site's body must stay hidden under it.)
  const lookUntil = performance.now() + 3000;
  const look = () => {
    const body = document.body;
    if (body && body.childElementCount > 0) {
      const style = getComputedStyle(body);
      window.__bench.frames++;
      if (style.display !== 'none' && style.visibility !== 'hidden') window.__bench.siteFrames++;
    }
    if (performance.now() < lookUntil) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

/**
 * The page's own timings, and what happened on its main thread after the reader's first frame
 * (a function of that time, in the page's clock: the reader's marks are not in this timeline).
 */
export const TIMINGS = `((firstFrame) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const since = Number.isFinite(firstFrame) ? firstFrame : (fcp ? fcp.startTime : 0);
  const after = window.__bench.longtasks.filter(([start]) => start >= firstFrame);
  // A gap that ends after the moment counts: the timer was starved across it.
  const gapAfter = (t) => window.__bench.gaps.filter(([start, gap]) => start + gap > t)
    .reduce((m, [, gap]) => Math.max(m, gap), 0);
  return {
    fcp: fcp ? fcp.startTime : NaN,
    dcl: nav.domContentLoadedEventEnd,
    longestAfterFirstFrame: after.reduce((m, [, d]) => Math.max(m, d), 0),
    longTasksAfterFirstFrame: after.length,
    siteFrames: window.__bench.siteFrames,
    timerGap: gapAfter(0),
    timerGapAfter: gapAfter(since),
    timerGapAfterDcl: gapAfter(nav.domContentLoadedEventEnd),
  };
})`;

/** Readability and our extractor on the loaded page (the bundle defines window.__extract). */
export const EXTRACTORS = `(() => {
  const b = window.__extract;
  const t0 = performance.now();
  const article = new b.Readability(document.cloneNode(true)).parse();
  const readability = performance.now() - t0;
  const t1 = performance.now();
  const ours = b.extractPage(document, new URL(location.href));
  const extract = performance.now() - t1;
  const words = ours.kind === 'story' ? ours.story.chapters.reduce((n, c) => n + c.words, 0) : 0;
  return { readability, extract, words, readabilityChars: article ? article.textContent.length : 0 };
})()`;
