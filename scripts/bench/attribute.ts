import type { BenchCase } from './cases';
import { sleep } from './raw-browser';
import { withBrowser } from './runs';

/**
 * Who made each long task after the reader's first frame, from a Chrome trace of one load: the
 * longtask API says how long, not whose. A task is "parser" (the page's HTML being parsed),
 * "reader" (our content script's code, or style, layout and paint: the site's body is hidden
 * under the reader, so all rendering is the reader's), "gc", or "browser" (Chrome's own work on
 * the page, such as the text capture it runs for translation after a load).
 */
export type TaskOwner = 'parser' | 'reader' | 'gc' | 'browser';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
]);
const GC = new Set(['MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'V8.GC_SCAVENGER']);

function ownerOf(children: TraceEvent[]): TaskOwner {
  const time = { parser: 0, reader: 0, gc: 0, browser: 0 };
  for (const e of children) {
    const d = e.dur ?? 0;
    if (e.name === 'ParseHTML') time.parser += d;
    else if (GC.has(e.name)) time.gc += d;
    else if (RENDERING.has(e.name)) time.reader += d;
    else if (
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
      /^chrome-extension:/.test(e.args?.data?.url ?? '')
    ) {
      time.reader += d;
    } else if (e.name === 'ChromeRenderFrameObserver::CapturePageText') time.browser += d;
  }
  const [owner, t] = (Object.entries(time) as [TaskOwner, number][]).sort(
    (a, b) => b[1] - a[1],
  )[0]!;
  return t > 0 ? owner : 'browser';
}

/** Traces one load with the reader and lists the long tasks after its first frame, by owner. */
export async function attributeLongTasks(c: BenchCase, extension: string, waitMs = 8000) {
  return withBrowser(c, extension, async (browser) => {
    const events: TraceEvent[] = [];
    const off = browser.on((m) => {
      if (m.method === 'Tracing.dataCollected')
        events.push(...((m.params?.value ?? []) as TraceEvent[]));
    });
    await sleep(1500); // the background registers the cover at install
    const tab = await browser.newPage();
    await browser.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          'renderer',
        ],
      },
      transferMode: 'ReportEvents',
    });
    await browser.send('Page.navigate', { url: c.url }, tab.sessionId);
    await sleep(waitMs);
    const finished = new Promise<void>((resolve) => {
      const stop = browser.on((m) => {
        if (m.method === 'Tracing.tracingComplete') {
          stop();
          resolve();
        }
      });
    });
    await browser.send('Tracing.end');
    await finished;
    off();
    const parse = events.find((e) => e.name === 'ParseHTML');
    const first = events.find((e) => e.name === 'fic-reader:first-frame');
    if (!parse || !first)
      return { tasks: [] as { owner: TaskOwner; ms: number }[], scriptEvalMs: NaN };
    const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
    // The content script's own evaluation, on the page's main thread at document_start.
    const scriptEvalMs =
      main
        .filter(
          (e) => e.name === 'EvaluateScript' && /\/content-scripts\//.test(e.args?.data?.url ?? ''),
        )
        .reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
    const tasks = main
      .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000 && e.ts >= first.ts)
      .map((task) => {
        const end = task.ts + (task.dur ?? 0);
        const inside = main.filter(
          (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
        );
        return { owner: ownerOf(inside), ms: Math.round((task.dur ?? 0) / 1000) };
      });
    return { tasks, scriptEvalMs };
  });
}
