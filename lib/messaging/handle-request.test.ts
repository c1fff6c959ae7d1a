import { describe, expect, it } from 'vitest';
import { extensionPage, setupHandler as setup, tab } from './testing/senders';

const opened = (over: Record<string, unknown> = {}) => ({
  type: 'work/opened',
  work: {
    site: 'ao3',
    workId: '1851',
    title: 'Moby-Dick',
    authors: [{ name: 'Herman Melville', url: 'https://archiveofourown.org/users/hm' }],
    fandoms: ['Moby-Dick'],
    url: 'https://archiveofourown.org/works/1851',
    status: 'complete',
    pageUrl: 'https://archiveofourown.org/works/1851/chapters/2',
    ...over,
  },
});

describe('createRequestHandler', () => {
  it('records a work opened in a tab on that work', async () => {
    const { handle, works } = setup();
    const reply = await handle(opened(), tab('https://archiveofourown.org/works/1851/chapters/2'));
    expect(reply).toMatchObject({
      ok: true,
      recorded: true,
      work: { key: 'ao3:1851', openCount: 1 },
    });
    expect(await works.list()).toHaveLength(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'library/drop-everything' }],
    ['a javascript: URL', opened({ url: 'javascript:alert(1)' })],
    ['an oversized title', opened({ title: 'x'.repeat(5000) })],
    ['an unknown site', opened({ site: 'evil' })],
  ])('refuses %s', async (_name, message) => {
    const { handle, works } = setup();
    const reply = await handle(message, tab('https://archiveofourown.org/works/1851'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('invalid message') });
    expect(await works.list()).toEqual([]);
  });

  it('refuses a work that is not the one in the tab', async () => {
    const { handle, works } = setup();
    const reply = await handle(
      opened({ workId: '999' }),
      tab('https://archiveofourown.org/works/1851'),
    );
    expect(reply).toEqual({ ok: false, error: 'the work does not match the tab' });
    expect(await works.list()).toEqual([]);
  });

  it('records the tab’s own address, and refuses a work page on another site', async () => {
    const { handle } = setup();
    const reply = await handle(
      opened({ pageUrl: 'https://archiveofourown.org/works/1851/chapters/999' }),
      tab('https://archiveofourown.org/works/1851/chapters/2'),
    );
    expect(reply).toMatchObject({
      work: { lastUrl: 'https://archiveofourown.org/works/1851/chapters/2' },
    });
    expect(
      await handle(
        opened({ url: 'https://evil.example/works/1851' }),
        tab('https://archiveofourown.org/works/1851'),
      ),
    ).toMatchObject({ ok: false });
  });

  it('refuses messages from other extensions', async () => {
    const { handle } = setup();
    const reply = await handle(opened(), {
      ...tab('https://archiveofourown.org/works/1851'),
      id: 'other',
    });
    expect(reply).toEqual({ ok: false, error: 'unknown sender' });
  });

  it('answers library requests only from its own pages', async () => {
    const { handle } = setup();
    await handle(opened(), tab('https://archiveofourown.org/works/1851'));
    expect(
      await handle({ type: 'library/list' }, tab('https://archiveofourown.org/works/1851')),
    ).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'library/list' }, extensionPage)).toMatchObject({
      ok: true,
      works: [expect.objectContaining({ workId: '1851' })],
    });
  });

  it('does not record private windows unless the reader asked', async () => {
    const off = setup(false);
    expect(await off.handle(opened(), tab('https://archiveofourown.org/works/1851', true))).toEqual(
      {
        ok: true,
        recorded: false,
      },
    );
    expect(await off.works.list()).toEqual([]);
    const on = setup(true);
    expect(
      await on.handle(opened(), tab('https://archiveofourown.org/works/1851', true)),
    ).toMatchObject({
      recorded: true,
    });
  });

  it('removes a work on request from the library page', async () => {
    const { handle, works } = setup();
    await handle(opened(), tab('https://archiveofourown.org/works/1851'));
    expect(
      await handle({ type: 'library/remove', site: 'ao3', workId: '1851' }, extensionPage),
    ).toEqual({
      ok: true,
      removed: true,
    });
    expect(await works.list()).toEqual([]);
  });
});
