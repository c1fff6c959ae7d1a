import { describe, expect, it, vi } from 'vitest';
import { threeChapters } from '../db/testing/setup';
import type { PopupSnapshot } from '../messaging/popup-snapshot';
import { SNAPSHOT_SIZE } from '../messaging/popup-snapshot';
import { snapshot as workSnapshot, WORK_PAGE } from '../messaging/testing/request-examples';
import { setupHandler, tab } from '../messaging/testing/senders';
import { makePosition } from '../progress/testing/make';
import { createPopupSnapshot } from './popup-snapshot';

const KEY = 'ao3:1851';

/** Opens work `id` through the request the reader sends (later opened = more recent). */
async function open(setup: ReturnType<typeof setupHandler>, id: string) {
  const url = `https://archiveofourown.org/works/${id}`;
  await setup.handle(
    { type: 'work/opened', work: workSnapshot({ workId: id, title: `Work ${id}`, url }) },
    tab(url),
  );
}

function capture() {
  const written: PopupSnapshot[] = [];
  const write = vi.fn(async (s: PopupSnapshot) => void written.push(structuredClone(s)));
  return { written, write };
}

describe('the popup snapshot', () => {
  it('holds the recent works newest first, each with the chapter of its last place', async () => {
    let clock = 1000;
    const setup = setupHandler(false, () => clock++);
    await open(setup, '2');
    await setup.handle({ type: 'work/opened', work: workSnapshot() }, tab(WORK_PAGE));
    const { pageUrl: _p, ...meta } = workSnapshot();
    await setup.reading.open(KEY, { ...meta, pageUrl: WORK_PAGE } as never, threeChapters(), 2000);
    await setup.reading.savePosition(
      KEY,
      { position: makePosition(1, 4, 0, { chapterId: 'ch2' }), activeMs: 1000, words: 10 },
      3000,
    );
    const { written, write } = capture();
    await createPopupSnapshot(setup, write).refresh();
    expect(written).toHaveLength(1);
    expect(written[0]!.complete).toBe(true);
    expect(written[0]!.recent.map((w) => w.key)).toEqual([KEY, 'ao3:2']);
    expect(written[0]!.recent[0]!.lastChapter).toEqual({ number: 2, title: 'The Carpet-Bag' });
    expect(written[0]!.recent[0]!.last).toMatchObject({ block: 4 });
  });

  it('says when it does not hold the whole library', async () => {
    let clock = 1000;
    const setup = setupHandler(false, () => clock++);
    for (let i = 0; i <= SNAPSHOT_SIZE; i++) await open(setup, String(100 + i));
    const { written, write } = capture();
    await createPopupSnapshot(setup, write).refresh();
    expect(written[0]!.recent).toHaveLength(SNAPSHOT_SIZE);
    expect(written[0]!.recent[0]!.key).toBe(`ao3:${100 + SNAPSHOT_SIZE}`);
    expect(written[0]!.complete).toBe(false);
  });

  it('never writes a snapshot older than the last change it was told of', async () => {
    let clock = 1000;
    const setup = setupHandler(false, () => clock++);
    await open(setup, '1');
    const { written, write } = capture();
    const keeper = createPopupSnapshot(setup, write);
    const first = keeper.refresh();
    // A work opened while the first refresh reads: the refresh asked for after it must see it.
    await open(setup, '2');
    const second = keeper.refresh();
    const third = keeper.refresh();
    await Promise.all([first, second, third]);
    // Refreshes asked for while one runs share one more run; they never start one each.
    expect(written.length).toBeLessThanOrEqual(3);
    expect(written.at(-1)!.recent.map((w) => w.key)).toEqual(['ao3:2', 'ao3:1']);
  });

  it('an empty library is an empty, complete snapshot; a failed write is only logged', async () => {
    const setup = setupHandler();
    const { written, write } = capture();
    await createPopupSnapshot(setup, write).refresh();
    expect(written).toEqual([{ recent: [], complete: true }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      createPopupSnapshot(setup, () => Promise.reject(new Error('quota'))).refresh(),
    ).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
