import { describe, expect, it } from 'vitest';
import { makeHighlightInput, makePosition } from '../../progress/testing/make';
import { threeChapters } from '../../db/testing/setup';
import { extensionPage, setupHandler, tab } from '../testing/senders';
import { snapshot, WORK, WORK_PAGE } from '../testing/request-examples';

const KEY = 'ao3:1851';

/** A library with one work read into chapter 2, one chapter read, and two highlights. */
async function library() {
  const setup = setupHandler();
  const opened = snapshot({ chapterCount: '3/3' });
  await setup.handle({ type: 'work/opened', work: opened }, tab(WORK_PAGE));
  const { pageUrl: _pageUrl, ...meta } = opened;
  await setup.reading.open(KEY, { ...meta, pageUrl: WORK_PAGE } as never, threeChapters(), 2000);
  const position = makePosition(1, 4, 0, { chapterId: 'ch2', chapterFraction: 0.4 });
  await setup.reading.savePosition(KEY, { position, activeMs: 60_000, words: 300 }, 3000);
  await setup.reading.markChapter(KEY, { chapterId: 'ch1', chapterIndex: 0, read: true }, 3100);
  await setup.highlights.put(KEY, makeHighlightInput({ id: 'a', color: 'c1' }), 3200);
  await setup.highlights.put(KEY, makeHighlightInput({ id: 'b', color: 'c2' }), 3300);
  return setup;
}

describe('library requests', () => {
  it('lists works with their progress summary', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/works' }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      works: [
        {
          key: KEY,
          title: 'Moby-Dick',
          status: 'reading',
          suggestFinished: false,
          tags: [],
          chapters: { read: 1, total: 3, new: 0 },
          furthest: { chapterIndex: 1, block: 4 },
          activeMs: 60_000,
          readThroughs: 1,
          lastReadAt: 3100,
        },
      ],
    });
  });

  it('still answers today’s popup with the v1 shape', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/list' }, extensionPage);
    expect(reply).toMatchObject({ ok: true, works: [{ key: KEY, openCount: 2 }] });
    expect(JSON.stringify(reply)).not.toContain('readingStatus');
  });

  it('gives a work’s chapters in order and its highlights', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/work', ...WORK }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      chapters: [
        { chapterId: 'ch1', read: true, readMarkedAt: 3100 },
        { chapterId: 'ch2', read: false, activeMs: 60_000, position: { block: 4 } },
        { chapterId: 'ch3', read: false },
      ],
      highlights: [{ id: 'a' }, { id: 'b' }],
    });
  });

  it('sets status and tags, and answers the new summary', async () => {
    const { handle } = await library();
    expect(
      await handle({ type: 'library/set-status', ...WORK, status: 'on-hold' }, extensionPage),
    ).toMatchObject({ ok: true, work: { status: 'on-hold', statusSetAt: expect.any(Number) } });
    expect(
      await handle({ type: 'library/set-tags', ...WORK, tags: ['sea', 'Sea'] }, extensionPage),
    ).toMatchObject({ ok: true, work: { tags: ['sea'] } });
    expect(
      await handle({ type: 'library/set-status', ...WORK, status: null }, extensionPage),
    ).toMatchObject({ ok: true, work: { status: 'reading' } });
  });

  it('deletes a work with undo', async () => {
    const { handle } = await library();
    expect(await handle({ type: 'library/delete-work', ...WORK }, extensionPage)).toMatchObject({
      ok: true,
      deleted: true,
    });
    expect(await handle({ type: 'library/works' }, extensionPage)).toEqual({ ok: true, works: [] });
    expect(await handle({ type: 'library/undo-delete', ...WORK }, extensionPage)).toEqual({
      ok: true,
      restored: true,
    });
    expect(await handle({ type: 'library/works' }, extensionPage)).toMatchObject({
      works: [{ key: KEY, chapters: { read: 1 } }],
    });
  });

  it('lists highlights by colour and work', async () => {
    const { handle } = await library();
    const byColour = await handle({ type: 'library/highlights', color: 'c2' }, extensionPage);
    expect(byColour).toMatchObject({ ok: true, highlights: [{ id: 'b', color: 'c2', note: '' }] });
    const other = await handle(
      { type: 'library/highlights', work: { site: 'ao3', workId: '2' } },
      extensionPage,
    );
    expect(other).toEqual({ ok: true, highlights: [] });
  });

  it('clears all history on a confirmed request', async () => {
    const { handle } = await library();
    expect(await handle({ type: 'library/clear-history', confirm: true }, extensionPage)).toEqual({
      ok: true,
      cleared: 1,
    });
    expect(await handle({ type: 'library/highlights' }, extensionPage)).toEqual({
      ok: true,
      highlights: [],
    });
  });
});
