import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestChapter, makeTestStory } from '../../../tests/support/story-factory';
import type { ReadingMessage } from '../../messaging/reading-protocol';
import type { Position } from '../../progress/position';
import { DEFAULT_SETTINGS } from '../../settings/values';
import type { ReaderView, WorkRecord } from '../view/reader-view';
import { ActiveClock } from './active-clock';
import { ProgressSync, SEND_EVERY_MS } from './progress-sync';

const at = (block: number, offset = 0): Position => ({
  chapterId: 'c',
  chapterIndex: 1,
  block,
  offset,
  blockHash: 'h',
  quote: 'q',
  chapterFraction: block / 100,
});

/** A stand-in for the view: a position the test moves, a record, an end on screen or not. */
function fakeView(record: WorkRecord | null) {
  const listeners: ((change: string) => void)[] = [];
  const view = {
    story: makeTestStory({ chapters: [makeTestChapter({ id: 'c', words: 300 })] }),
    settings: DEFAULT_SETTINGS,
    record,
    here: null as Position | null,
    endOnScreen: false,
    subscribe: (l: (change: string) => void) => listeners.push(l),
    readingPosition: () => view.here,
    chapterEndOnScreen: () => view.endOnScreen,
    trackSoon: () => {},
    move(position: Position | null) {
      view.here = position;
      for (const l of listeners) l('position');
    },
  };
  return view;
}

const emptyRecord = (last?: Position): WorkRecord => ({
  recording: true,
  work: null,
  progress: last ? ({ last: { ...last, at: 1 } } as WorkRecord['progress']) : null,
  chapters: [],
  highlights: [],
});

function setup(record: WorkRecord | null = emptyRecord()) {
  const view = fakeView(record);
  const sent: ReadingMessage[] = [];
  let now = 0;
  const sync = new ProgressSync(
    view as unknown as ReaderView,
    (m) => sent.push(m),
    new ActiveClock(
      () => true,
      () => now,
    ),
    () => now,
  );
  return { view, sent, sync, advance: (ms: number) => ((now += ms), vi.advanceTimersByTime(ms)) };
}

const positions = (sent: ReadingMessage[]) =>
  sent
    .filter((m) => m.type === 'position')
    .map((m) => (m.type === 'position' ? m.position.block : -1));

describe('ProgressSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a move at most every SEND_EVERY_MS, the latest one, and nothing while still', () => {
    const { view, sent, advance } = setup();
    for (let block = 1; block <= 20; block++) {
      view.move(at(block));
      advance(50);
    }
    advance(SEND_EVERY_MS * 3);
    // 20 moves in 1 s: a few messages, the last one the latest place.
    expect(positions(sent).length).toBeLessThanOrEqual(Math.ceil(1000 / SEND_EVERY_MS) + 1);
    expect(positions(sent).at(-1)).toBe(20);
    const count = sent.length;
    view.move(at(20));
    advance(SEND_EVERY_MS * 3);
    expect(sent.length).toBe(count);
  });

  it('keeps a position until it is acknowledged, and sends it again after a reconnection', () => {
    const { view, sent, sync, advance } = setup();
    view.move(at(0));
    view.move(at(5));
    advance(SEND_EVERY_MS);
    const message = sent.at(-1)!;
    expect(sync.pending()).toEqual([message]);
    sync.onReply({ type: 'saved', seq: (message as { seq: number }).seq, recorded: true });
    expect(sync.pending()).toEqual([]);
  });

  it('sends at once when the tab hides', () => {
    const { view, sent, sync } = setup();
    view.move(at(0));
    view.move(at(7));
    sync.flush();
    expect(positions(sent)).toEqual([7]);
  });

  it('sends nothing for a work only opened, even with no place saved yet', () => {
    const { view, sent, sync, advance } = setup();
    view.move(at(0));
    advance(SEND_EVERY_MS * 2);
    sync.flush();
    expect(positions(sent)).toEqual([]);
  });

  it('does not send the place a page opened at when it is behind the saved one', () => {
    const { view, sent, advance } = setup(emptyRecord(at(50)));
    view.move(at(0));
    advance(SEND_EVERY_MS * 2);
    expect(positions(sent)).toEqual([]);
    view.move(at(3));
    advance(SEND_EVERY_MS * 2);
    expect(positions(sent)).toEqual([3]);
  });

  it('sends the place a page opened at when it goes past the saved one', () => {
    const { view, sent, advance } = setup(emptyRecord(at(50)));
    view.move({ ...at(0), chapterIndex: 2, chapterId: 'next' });
    advance(SEND_EVERY_MS * 2);
    expect(positions(sent)).toEqual([0]);
  });

  it('sends nothing before the background has said where the reader was', () => {
    const { view, sent, advance } = setup(null);
    view.move(at(4));
    advance(SEND_EVERY_MS * 2);
    expect(sent).toEqual([]);
  });

  it('marks a chapter read once its end has been on screen long enough, once', () => {
    const { view, sent, advance } = setup();
    view.endOnScreen = true;
    view.move(at(9));
    expect(sent.filter((m) => m.type === 'chapter-read')).toEqual([]);
    advance(8_000);
    view.move(at(10));
    view.move(at(11));
    expect(sent.filter((m) => m.type === 'chapter-read')).toHaveLength(1);
  });
});
