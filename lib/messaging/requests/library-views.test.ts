import { describe, expect, it } from 'vitest';
import { threeChapters } from '../../db/testing/setup';
import { makeHighlightInput, makePosition } from '../../progress/testing/make';
import { snapshot, WORK, WORK_PAGE } from '../testing/request-examples';
import { extensionPage, setupHandler, tab } from '../testing/senders';

const KEY = 'ao3:1851';

/** Moby-Dick read into chapter 2 with two highlights (one noted), last opened; a second work. */
async function library() {
  const setup = setupHandler(false, () => Date.UTC(2025, 0, 15, 12));
  await setup.handle(
    { type: 'work/opened', work: snapshot({ chapterCount: '3/3' }) },
    tab(WORK_PAGE),
  );
  const { pageUrl: _p, ...meta } = snapshot({ chapterCount: '3/3' });
  await setup.reading.open(KEY, { ...meta, pageUrl: WORK_PAGE } as never, threeChapters(), 2000);
  const position = makePosition(1, 4, 0, { chapterId: 'ch2' });
  await setup.reading.savePosition(KEY, { position, activeMs: 60_000, words: 300 }, 3000);
  const late = makeHighlightInput({
    id: 'late',
    anchor: { ...makeHighlightInput().anchor, chapterId: 'ch2', exact: 'Queequeg' },
  });
  await setup.highlights.put(KEY, late, 3100);
  await setup.highlights.put(
    KEY,
    makeHighlightInput({ id: 'early', note: 'Ishmael’s line' }),
    3200,
  );
  const other = snapshot({
    workId: '2',
    title: 'Typee',
    url: 'https://archiveofourown.org/works/2',
  });
  await setup.handle(
    { type: 'work/opened', work: other },
    tab('https://archiveofourown.org/works/2'),
  );
  return setup;
}

describe('library/index', () => {
  it('gives rows by last opened with what search needs: highlight text and notes', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/index' }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      total: 2,
      rows: [
        { work: { key: KEY, chapters: { read: 0, total: 3 } }, highlights: 2, notes: 1 },
        { work: { key: 'ao3:2' }, highlights: 0, marked: '' },
      ],
    });
    const marked = (reply as unknown as { rows: { marked: string }[] }).rows[0]!.marked;
    expect(marked.split('\n').sort()).toEqual(['Call me Ishmael.', 'Ishmael’s line', 'Queequeg']);
  });

  it('gives the rows of named works, and says which are gone', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/index', keys: [KEY, 'ao3:404'] }, extensionPage);
    expect(reply).toMatchObject({ ok: true, rows: [{ work: { key: KEY } }], missing: ['ao3:404'] });
  });
});

describe('popup/state', () => {
  it('answers this tab’s work with its last chapter, and the recent works, in one reply', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'popup/state', work: WORK, recent: 5 }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      current: {
        key: KEY,
        lastChapter: { number: 2, title: 'The Carpet-Bag' },
        last: { block: 4 },
      },
      recent: [{ key: KEY }, { key: 'ao3:2' }],
    });
    const elsewhere = await handle(
      { type: 'popup/state', work: { site: 'ao3', workId: '9' }, recent: 1 },
      extensionPage,
    );
    expect(elsewhere).toEqual({
      ok: true,
      recent: [expect.objectContaining({ key: KEY })],
    });
  });
});

describe('library/highlight-groups', () => {
  it('groups highlights by work, in text order', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/highlight-groups' }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      done: true,
      groups: [
        {
          key: KEY,
          title: 'Moby-Dick',
          authors: ['Herman Melville'],
          highlights: [{ id: 'early' }, { id: 'late' }],
        },
      ],
    });
  });
});

describe('library/stats', () => {
  it('sums the activity store', async () => {
    const { handle } = await library();
    const reply = await handle({ type: 'library/stats' }, extensionPage);
    expect(reply).toMatchObject({ ok: true, stats: { totals: { words: 300, activeMs: 60_000 } } });
  });
});
