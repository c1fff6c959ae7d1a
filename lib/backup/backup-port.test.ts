import { describe, expect, it, vi } from 'vitest';
import { settle, until } from '../background/testing/fake-port';
import { freshDb } from '../db/testing/setup';
import { CONTEXT, extensionPage, tab } from '../messaging/testing/senders';
import type { Sender } from '../messaging/sender';
import { createBackupPort, type BackupPortLike } from './backup-port';
import { BACKUP_PORT, MAX_BACKUP_BYTES } from './limits';
import type { BackupReply } from './port-protocol';
import { dumpDb, seedLibrary, T } from './testing/library';

function fakePort(sender: Sender) {
  const listeners: ((m: unknown) => void)[] = [];
  const closers: (() => void)[] = [];
  const received: BackupReply[] = [];
  let connected = true;
  const port: BackupPortLike = {
    name: BACKUP_PORT,
    sender,
    postMessage: (m) => void received.push(JSON.parse(JSON.stringify(m))),
    onMessage: { addListener: (l) => void listeners.push(l) },
    onDisconnect: { addListener: (l) => void closers.push(l) },
    disconnect: () => void (connected = false),
  };
  const send = (m: unknown) => listeners.forEach((l) => l(JSON.parse(JSON.stringify(m))));
  const next = async (type: BackupReply['type']) => {
    await until(() => received.some((r) => r.type === type || r.type === 'refused'));
    return received.splice(0).find((r) => r.type === type || r.type === 'refused')!;
  };
  /** The library page going away (closed, reloaded). */
  const close = () => closers.forEach((l) => l());
  return { port, send, next, close, received, connected: () => connected };
}

function setup(handle = freshDb('port')) {
  const changed = vi.fn();
  const restoreSettings = vi.fn(async (_raw: unknown) => undefined);
  const connect = createBackupPort({
    ...CONTEXT,
    db: handle,
    loadSettings: async () => ({ theme: 'dark' }),
    restoreSettings,
    changed,
    now: () => T + 50_000,
  });
  const open = (sender: Sender = extensionPage) => {
    const fake = fakePort(sender);
    connect(fake.port);
    return fake;
  };
  return { open, changed, restoreSettings, handle };
}

/** Exports the seeded library through the port and returns the file's text. */
async function exported() {
  const { handle } = await seedLibrary();
  const page = setup(handle).open();
  page.send({ type: 'export' });
  await until(() => page.received.some((r) => r.type === 'export-done'));
  const slices = page.received.filter((r) => r.type === 'export-slice');
  return slices.map((r) => (r as { text: string }).text).join('');
}

describe('the backup port', () => {
  it('is refused to a content script', () => {
    const page = setup().open(tab('https://archiveofourown.org/works/1'));
    expect(page.received).toEqual([
      { type: 'refused', error: 'backups are only for the library page' },
    ]);
    expect(page.connected()).toBe(false);
  });

  it('exports in slices, previews without writing, and imports on the go-ahead', async () => {
    const text = await exported();
    const target = setup();
    const page = target.open();
    const empty = await dumpDb(target.handle);
    page.send({ type: 'import-start', bytes: text.length });
    for (let i = 0; i < text.length; i += 300)
      page.send({ type: 'import-slice', text: text.slice(i, i + 300) });
    page.send({ type: 'import-end' });
    const preview = await page.next('preview');
    expect(preview).toMatchObject({
      type: 'preview',
      hasSettings: true,
      preview: { counts: { works: { added: 2 } } },
    });
    expect(await dumpDb(target.handle)).toEqual(empty);
    expect(target.changed).not.toHaveBeenCalled();
    page.send({ type: 'import-commit', restoreDeleted: false, settings: true });
    await until(() => page.received.some((r) => r.type === 'imported'));
    // How far the writing has got, before it is done: rising, to every record written.
    const progress = page.received.filter((r) => r.type === 'import-progress');
    const written = Object.values(await dumpDb(target.handle)).flat().length;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.map((p) => p.written)).toEqual(
      [...progress.map((p) => p.written)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual({ type: 'import-progress', written, total: written });
    expect(page.received.findIndex((r) => r.type === 'imported')).toBe(page.received.length - 1);
    expect(await page.next('imported')).toMatchObject({ type: 'imported' });
    expect((await dumpDb(target.handle)).works).toHaveLength(2);
    expect(target.restoreSettings).toHaveBeenCalledWith({ theme: 'dark' });
    expect(target.changed).toHaveBeenCalledWith('all');
  });

  it('stops an import whose page closes while it writes: nothing is written', async () => {
    const text = await exported();
    const target = setup();
    const page = target.open();
    const empty = await dumpDb(target.handle);
    page.send({ type: 'import-start', bytes: text.length });
    page.send({ type: 'import-slice', text });
    page.send({ type: 'import-end' });
    await page.next('preview');
    // The page goes once the background says the first records are written (not committed).
    const post = page.port.postMessage;
    page.port.postMessage = (m) => {
      post(m);
      if ((m as BackupReply).type === 'import-progress') page.close();
    };
    page.send({ type: 'import-commit', restoreDeleted: false, settings: true });
    expect(await page.next('imported')).toEqual({
      type: 'refused',
      error: 'The import was stopped: nothing was changed.',
    });
    await settle();
    expect(await dumpDb(target.handle)).toEqual(empty);
    expect(target.restoreSettings).not.toHaveBeenCalled();
    expect(target.changed).not.toHaveBeenCalled();
  });

  it('refuses a bad file with its reason, writes nothing, and has nothing to commit after', async () => {
    const { open, handle } = setup();
    const page = open();
    const before = await dumpDb(handle);
    page.send({ type: 'import-start', bytes: 10 });
    page.send({ type: 'import-slice', text: '{"format":' });
    page.send({ type: 'import-end' });
    expect(await page.next('preview')).toEqual({
      type: 'refused',
      error: expect.stringMatching(/cut short/),
    });
    page.send({ type: 'import-commit', restoreDeleted: false, settings: false });
    expect(await page.next('imported')).toEqual({
      type: 'refused',
      error: 'Nothing to import: choose the file again.',
    });
    await settle();
    expect(await dumpDb(handle)).toEqual(before);
  });

  it('refuses a file larger than a backup can be before any of it arrives', async () => {
    const page = setup().open();
    page.send({ type: 'import-start', bytes: MAX_BACKUP_BYTES + 1 });
    expect(await page.next('preview')).toMatchObject({
      type: 'refused',
      error: expect.stringMatching(/at most 100 MB/),
    });
  });

  it('refuses a malformed message', async () => {
    const page = setup().open();
    page.send({ type: 'import-slice', text: 5 });
    expect(await page.next('preview')).toMatchObject({
      error: expect.stringMatching(/invalid message/),
    });
  });
});
