import { findMentions, resolveAnchor, toRanges } from '../../lib/anchoring';
import type { Resolution, TextAnchorV1 } from '../../lib/anchoring';
import type { BenchChapter } from './anchoring-work';

/**
 * What the anchoring benchmark runs inside Chromium, bundled with lib/anchoring by esbuild.
 * Resolves every anchor, yielding between slices of ~8 ms as the reader would (so no task runs
 * long), then times the every-mention lens: finding a term in a fresh copy of the work (nothing
 * cached) and drawing it with the CSS Custom Highlight API.
 */
export async function runInPage(input: {
  chapters: BenchChapter[];
  anchors: TextAnchorV1[];
  terms: string[];
}) {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const yieldNow = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  const byId = new Map(input.chapters.map((c) => [c.id, c]));
  const placed: Resolution[] = [];
  const times: number[] = [];
  let busy = 0;
  let longestStep = 0;
  let longestSlice = 0;
  const started = performance.now();
  let slice = started;
  for (const anchor of input.anchors) {
    const before = performance.now();
    placed.push(resolveAnchor(anchor, byId.get(anchor.chapterId) ?? { blocks: [] }));
    const after = performance.now();
    busy += after - before;
    times.push(after - before);
    longestStep = Math.max(longestStep, after - before);
    if (after - slice > 8) {
      longestSlice = Math.max(longestSlice, after - slice);
      await yieldNow();
      slice = performance.now();
    }
  }
  longestSlice = Math.max(longestSlice, performance.now() - slice);
  const wall = performance.now() - started;

  // The rendered work, for drawing the lens (not timed).
  const sections = input.chapters.map((c) => {
    const section = document.createElement('section');
    for (const text of c.blocks) {
      const p = document.createElement('p');
      p.textContent = text;
      section.append(p);
    }
    document.body.append(section);
    return section;
  });
  const lens = [];
  for (const term of input.terms) {
    const fresh = input.chapters.map((c) => ({ id: c.id, blocks: [...c.blocks] }));
    const t0 = performance.now();
    const mentions = findMentions(fresh, term);
    const t1 = performance.now();
    findMentions(fresh, term);
    const t2 = performance.now();
    // Drawn chapter by chapter, as the reader's registry holds the blocks.
    const byChapter = Map.groupBy(mentions, (m) => m.chapterId);
    const ranges = fresh.flatMap((c, i) => {
      const section = sections[i];
      const own = byChapter.get(c.id) ?? [];
      return toRanges(own, { element: (b) => section?.children[b] }, document);
    });
    CSS.highlights.set('mentions', new Highlight(...ranges.filter((r) => r !== null)));
    const t3 = performance.now();
    lens.push({
      term,
      count: mentions.length,
      cold: t1 - t0,
      warm: t2 - t1,
      drawn: t3 - t2 + (t1 - t0),
    });
  }
  await yieldNow();
  observer.disconnect();
  return { placed, times, busy, wall, longestStep, longestSlice, longTasks, lens };
}
