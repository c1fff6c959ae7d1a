import { describe, expect, it, vi } from 'vitest';
import {
  AUTO_BACKUP_EVERY_MS,
  autoBackupDue,
  lastAutoBackupItem,
  runAutoBackup,
} from './auto-backup';
import { readBackup } from './read-backup';
import { seedLibrary, T } from './testing/library';

async function setup(enabled = true, permitted = true) {
  const { handle } = await seedLibrary();
  const download = vi.fn(async (_text: string, _name: string) => undefined);
  let now = T + 10_000;
  const deps = {
    db: handle,
    enabled: async () => enabled,
    permitted: async () => permitted,
    loadSettings: async () => ({ theme: 'sepia' }),
    download,
    now: () => now,
  };
  return { deps, download, advance: (ms: number) => (now += ms) };
}

describe('the weekly backup', () => {
  it.each([
    [0, 5, true],
    [1000, 1000 + AUTO_BACKUP_EVERY_MS - 1, false],
    [1000, 1000 + AUTO_BACKUP_EVERY_MS, true],
    [9_000, 5_000, true],
  ])('after one at %s, at %s is due: %s', (last, now, due) => {
    expect(autoBackupDue(last, now)).toBe(due);
  });

  it('writes a dated, importable backup once a week, and only when on and permitted', async () => {
    const { deps, download, advance } = await setup();
    expect(await runAutoBackup(deps)).toMatch(/^fic-reader-backup-\d{4}-\d\d-\d\d\.json$/);
    const [text] = download.mock.calls[0]!;
    expect(readBackup(text, T + 20_000)).toMatchObject({
      ok: true,
      backup: { settings: { theme: 'sepia' } },
    });
    expect(await runAutoBackup(deps)).toBeUndefined();
    advance(AUTO_BACKUP_EVERY_MS);
    expect(await runAutoBackup(deps)).toBeDefined();
    expect(download).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['off', false, true],
    ['not permitted', true, false],
  ])('writes nothing when %s', async (_name, enabled, permitted) => {
    const { deps, download } = await setup(enabled, permitted);
    expect(await runAutoBackup(deps)).toBeUndefined();
    expect(download).not.toHaveBeenCalled();
    expect(await lastAutoBackupItem.getValue()).toBe(0);
  });
});
