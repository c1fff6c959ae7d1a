import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeHighlightInput } from '../progress/testing/make';
import { eventually, settle, until } from './testing/fake-port';
import { OTHER_PAGE, PAGE, positionMessage, setupHub } from './testing/hub-setup';

const KEY = 'ao3:1851';

afterEach(() => {
  vi.useRealTimers();
});

describe('reading hub: positions', () => {
  it('answers saved only once the position is in the database', async () => {
    const { opened, db } = setupHub();
    const port = await opened();
    port.send(positionMessage(7, 1, 40));
    await port.next('saved', (s) => s.seq === 7);
    expect((await (await db).get('progress', KEY))?.last).toMatchObject({
      chapterIndex: 1,
      block: 40,
    });
  });

  it('does not acknowledge a position whose write failed', async () => {
    const { opened, deps } = setupHub();
    const port = await opened();
    vi.spyOn(deps.reading, 'savePosition').mockRejectedValueOnce(new Error('QuotaExceededError'));
    port.send(positionMessage(3, 1, 40));
    expect(await port.next('refused')).toMatchObject({
      seq: 3,
      error: expect.stringContaining('not saved'),
    });
    expect(port.of('saved')).toEqual([]);
  });

  it('stamps with its own clock, whatever time the page sends', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_700_000_000_000 });
    const { opened, db } = setupHub();
    const port = await opened();
    const forged = positionMessage(1, 1, 3);
    port.send({ ...forged, position: { ...forged.position, at: 9e12 }, at: 9e12, updatedAt: 9e12 });
    await vi.advanceTimersByTimeAsync(0);
    await port.next('saved');
    const progress = await (await db).get('progress', KEY);
    expect(progress?.last?.at).toBe(1_700_000_000_000);
    expect(progress?.updatedAt).toBe(1_700_000_000_000);
  });

  it('keeps furthest when an older tab reports a place further back', async () => {
    const { opened, db } = setupHub();
    const ahead = await opened();
    const behind = await opened();
    ahead.send(positionMessage(1, 2, 80));
    await ahead.next('saved');
    behind.send(positionMessage(1, 0, 10));
    await behind.next('saved');
    const progress = await (await db).get('progress', KEY);
    expect(progress?.last).toMatchObject({ chapterIndex: 0, block: 10 });
    expect(progress?.furthest).toMatchObject({ chapterIndex: 2, block: 80 });
  });

  it('writes at most once a second per tab under a burst, the newest last', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_700_000_000_000 });
    const { opened, deps, db } = setupHub();
    const port = await opened();
    const writes = vi.spyOn(deps.reading, 'savePosition');
    for (let i = 1; i <= 50; i++) {
      port.send(positionMessage(i, 0, i));
      await vi.advanceTimersByTimeAsync(40);
      await settle(5);
    }
    await vi.advanceTimersByTimeAsync(1000);
    await port.next('saved', (s) => s.seq === 50);
    // 50 positions over 2 s: one write at the start, then one a second.
    expect(writes.mock.calls.length).toBeLessThanOrEqual(3);
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(2);
    const times = writes.mock.calls.map((call) => call[2]);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect((await (await db).get('progress', KEY))?.last?.block).toBe(50);
    // Nothing more while the reader is still.
    await vi.advanceTimersByTimeAsync(10_000);
    await settle();
    expect(writes.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('writes the pending position at once when the tab goes away', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_700_000_000_000 });
    const { opened, db } = setupHub();
    const port = await opened();
    port.send(positionMessage(1, 0, 5));
    await vi.advanceTimersByTimeAsync(0);
    await port.next('saved');
    await vi.advanceTimersByTimeAsync(200);
    port.send(positionMessage(2, 0, 9));
    await settle();
    port.close();
    // No timer is advanced: only the flush on disconnect can write it.
    await eventually(async () => (await (await db).get('progress', KEY))?.last?.block === 9);
  });

  it('clamps the active time a report claims to the wall time since the last', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: 1_700_000_000_000 });
    const { opened, db } = setupHub();
    const port = await opened();
    await vi.advanceTimersByTimeAsync(5000);
    port.send(positionMessage(1, 0, 5, { activeMs: 3_000_000 }));
    await vi.advanceTimersByTimeAsync(0);
    await port.next('saved');
    expect((await (await db).get('progress', KEY))?.activeMs).toBe(6000);
  });
});

describe('reading hub: live updates', () => {
  it('tells the other tabs of the work, and no tab of another work', async () => {
    const { opened } = setupHub();
    const writer = await opened();
    const sameWork = await opened(PAGE, '1851', true);
    const otherWork = await opened(OTHER_PAGE, '7');
    writer.send(positionMessage(1, 1, 30));
    await writer.next('saved');
    expect(await sameWork.next('progress-changed')).toMatchObject({
      progress: { last: { block: 30 } },
      chapters: [{ chapterId: 'ch2', position: { block: 30 } }],
    });
    writer.send({
      type: 'highlight-put',
      seq: 2,
      highlight: makeHighlightInput({ note: 'Ishmael' }),
    });
    expect(await writer.next('saved', (s) => s.seq === 2)).toMatchObject({
      recorded: true,
      highlight: { note: 'Ishmael' },
    });
    expect(await sameWork.next('highlights-changed')).toMatchObject({
      highlights: [{ id: 'h-1', note: 'Ishmael' }],
    });
    writer.send({ type: 'chapter-read', seq: 3, chapterId: 'ch2', chapterIndex: 1 });
    await writer.next('saved', (s) => s.seq === 3);
    await settle();
    expect(otherWork.received.map((m) => m.type)).toEqual(['state']);
    expect(writer.of('progress-changed')).toEqual([]);
    expect(writer.of('highlights-changed')).toEqual([]);
  });

  it('removes and restores a highlight (undo), telling the other tab each time', async () => {
    const { opened } = setupHub();
    const a = await opened();
    const b = await opened();
    a.send({ type: 'highlight-put', seq: 1, highlight: makeHighlightInput() });
    a.send({ type: 'highlight-remove', seq: 2, id: 'h-1' });
    a.send({ type: 'highlight-restore', seq: 3, id: 'h-1' });
    await a.next('saved', (s) => s.seq === 3);
    await until(() => b.of('highlights-changed').length === 3);
    expect(b.of('highlights-changed').map((m) => m.highlights[0]?.deletedAt !== undefined)).toEqual(
      [false, true, false],
    );
  });
});

describe('reading hub: progress never overwrites a deliberate status', () => {
  it('keeps "dropped" through positions, read marks and opens', async () => {
    const { opened, deps } = setupHub();
    const port = await opened();
    await deps.library.setStatus(KEY, 'dropped', Date.now());
    port.send(positionMessage(1, 2, 99));
    port.send({ type: 'chapter-read', seq: 2, chapterId: 'ch3', chapterIndex: 2 });
    await port.next('saved', (s) => s.seq === 2);
    await opened();
    const [summary] = (await deps.library.list()).map((w) => w.work);
    expect(summary?.readingStatus?.value).toBe('dropped');
  });
});
