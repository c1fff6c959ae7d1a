import { afterEach, describe, expect, it, vi } from 'vitest';
import { dump } from '../db/testing/open-at-version';
import { LIMITS } from '../messaging/limits';
import { extensionPage, otherExtension, readerFrame, tab } from '../messaging/testing/senders';
import { makeHighlightInput } from '../progress/testing/make';
import { settle, until } from './testing/fake-port';
import { openMessage, OTHER_PAGE, PAGE, positionMessage, setupHub } from './testing/hub-setup';

const KEY = 'ao3:1851';
const empty = {
  works: [],
  progress: [],
  chapters: [],
  highlights: [],
  activity: [],
  tombstones: [],
};

afterEach(() => {
  vi.useRealTimers();
});

describe('reading hub: opening', () => {
  it('records the open from a content script and answers the state', async () => {
    const { connect, db } = setupHub();
    const port = connect(tab(PAGE));
    port.send(openMessage());
    const state = await port.next('state');
    expect(state).toMatchObject({
      recording: true,
      work: { key: KEY, chapters: { read: 0, total: 3 } },
      progress: null,
      chapters: [{ chapterId: 'ch1' }, { chapterId: 'ch2' }, { chapterId: 'ch3' }],
      highlights: [],
    });
    expect((await (await db).get('works', KEY))?.lastChapterTitle).toBe('The Carpet-Bag');
  });

  it('takes the work from the tab’s address when the reader frame connects', async () => {
    const { opened } = setupHub();
    const port = await opened(PAGE, '1851', true);
    expect(port.of('state')[0]).toMatchObject({ recording: true, work: { key: KEY } });
  });

  it.each([
    ['another work than the tab shows', tab(PAGE), openMessage('999')],
    ['another work than the frame’s tab shows', readerFrame(OTHER_PAGE), openMessage('1851')],
    [
      'a work page on another site',
      tab(PAGE),
      openMessage('1851', {
        work: { ...openMessage().work, url: 'https://evil.example/works/1851' },
      }),
    ],
  ])('refuses %s, disconnects and writes nothing', async (_name, sender, message) => {
    const { connect, db } = setupHub();
    const port = connect(sender);
    port.send(message);
    await port.next('refused');
    expect(port.connected).toBe(false);
    expect(await dump((await db) as never)).toEqual(empty);
  });

  it.each([
    ['another extension', otherExtension(PAGE)],
    ['an extension page (no tab to speak for)', extensionPage],
    ['the reader frame outside a web page', { ...readerFrame(PAGE), tab: { id: 1 } }],
  ])('refuses a port from %s', async (_name, sender) => {
    const { connect, db } = setupHub();
    const port = connect(sender);
    expect(port.of('refused')).toHaveLength(1);
    expect(port.connected).toBe(false);
    port.send(openMessage());
    await settle();
    expect(await dump((await db) as never)).toEqual(empty);
  });

  it('ignores ports that are not the reading port', () => {
    const { hub } = setupHub();
    const posted: unknown[] = [];
    hub.connect({
      name: 'something-else',
      sender: tab(PAGE),
      postMessage: (m) => posted.push(m),
      onMessage: { addListener: () => undefined },
      onDisconnect: { addListener: () => undefined },
      disconnect: () => posted.push('disconnected'),
    });
    expect(posted).toEqual([]);
  });
});

describe('reading hub: refusals', () => {
  it.each([
    ['a non-object', 'hello'],
    ['an unknown type', { type: 'drop-tables', seq: 1 }],
    ['a string block', positionMessage(1, 0, 0, { position: { block: '3' } })],
    ['a negative active time', positionMessage(1, 0, 3, { activeMs: -5 })],
    ['a 65-character quote', positionMessage(1, 0, 3, { position: { quote: 'q'.repeat(65) } })],
    [
      'a 20,001-character note',
      {
        type: 'highlight-put',
        seq: 1,
        highlight: makeHighlightInput({ note: 'n'.repeat(20_001) }),
      },
    ],
    [
      'an oversized message',
      { ...positionMessage(1, 0, 3), padding: 'x'.repeat(LIMITS.messageBytes) },
    ],
    [
      'too many chapters',
      openMessage('1851', {
        chapters: Array.from({ length: 5001 }, (_, i) => ({ id: `c${i}`, words: 1 })),
      }),
    ],
  ])('refuses %s and writes nothing', async (_name, message) => {
    const { opened, db } = setupHub();
    const port = await opened();
    const before = await dump((await db) as never);
    port.send(message);
    const refused = await port.next('refused');
    expect(refused.error).toMatch(/invalid message/);
    await settle();
    expect(await dump((await db) as never)).toEqual(before);
  });

  it('refuses writes before the work is opened', async () => {
    const { connect, db } = setupHub();
    const port = connect();
    port.send(positionMessage(1, 0, 3));
    expect(await port.next('refused')).toEqual({
      type: 'refused',
      seq: 1,
      error: 'open the work first',
    });
    expect(await dump((await db) as never)).toEqual(empty);
  });

  it('refuses another work’s highlight named by its id', async () => {
    const { opened, db } = setupHub();
    const mine = await opened();
    mine.send({ type: 'highlight-put', seq: 1, highlight: makeHighlightInput() });
    await mine.next('saved');
    const other = await opened(OTHER_PAGE, '7');
    const before = await dump((await db) as never);
    other.send({ type: 'highlight-remove', seq: 2, id: 'h-1' });
    expect(await other.next('refused')).toMatchObject({
      seq: 2,
      error: expect.stringContaining('another work'),
    });
    expect(await dump((await db) as never)).toEqual(before);
  });
});

describe('reading hub: private windows', () => {
  it('records nothing unless the reader allowed it, but still answers the state', async () => {
    const { connect, db } = setupHub(false);
    const port = connect(tab(PAGE, true));
    port.send(openMessage());
    expect(await port.next('state')).toMatchObject({ recording: false, work: null });
    port.send(positionMessage(1, 1, 5));
    port.send({ type: 'chapter-read', seq: 2, chapterId: 'ch2', chapterIndex: 1 });
    port.send({ type: 'highlight-put', seq: 3, highlight: makeHighlightInput() });
    await until(() => port.of('saved').length === 3);
    expect(port.of('saved').map((s) => s.recorded)).toEqual([false, false, false]);
    expect(await dump((await db) as never)).toEqual(empty);
  });

  it('records a private window when the setting is on', async () => {
    const { connect } = setupHub(true);
    const port = connect(readerFrame(PAGE, true));
    port.send(openMessage());
    expect(await port.next('state')).toMatchObject({ recording: true, work: { key: KEY } });
  });
});
