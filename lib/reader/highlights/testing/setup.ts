import type { TextAnchorV1 } from '../../../anchoring/types';
import type { ReadingMessage, ReadingReply } from '../../../messaging/reading-protocol';
import type { HighlightView } from '../../../messaging/wire';
import type { ColorId } from '../../../progress/highlight';
import { ReaderHighlights } from '../reader-highlights';
import { fakeHost, recordingPainter, type FakeChapter } from './fake-host';

/** A controller over fake chapters, with what it sends and draws. */
export function setupHighlights(chapters: FakeChapter[], rendered = Infinity) {
  const fake = fakeHost(chapters, rendered);
  const paint = recordingPainter();
  const sent: ReadingMessage[] = [];
  let n = 0;
  const controller = new AbortController();
  const hl = new ReaderHighlights({
    host: fake.host,
    send: (m) => sent.push(m),
    signal: controller.signal,
    painter: paint.painter,
    newId: () => `new-${++n}`,
    yieldNow: () => Promise.resolve(),
    now: () => 5000,
  });
  return { ...fake, ...paint, hl, sent, abort: () => controller.abort() };
}

/** A stored highlight as the background sends it (the wire anchor has no chapterLength). */
export function storedHighlight(
  id: string,
  anchor: TextAnchorV1,
  over: Partial<{ color: ColorId; note: string }> = {},
): HighlightView {
  const { chapterLength: _length, ...wire } = anchor;
  return {
    id,
    work: 'ao3:1',
    chapterId: anchor.chapterId,
    anchor: wire,
    color: over.color ?? 'c1',
    note: over.note ?? '',
    createdAt: 100,
    updatedAt: 100,
  };
}

/** The background's answer to `open`, with these highlights. */
export function stateWith(highlights: HighlightView[], recording = true): ReadingReply {
  return { type: 'state', recording, work: null, progress: null, chapters: [], highlights };
}

/** Lets queued placing (microtasks and zero timers) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
