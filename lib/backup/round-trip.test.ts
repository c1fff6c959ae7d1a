import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testing/setup';
import { exportBackup, exportBackupText } from './export-backup';
import { commitImport, previewImport } from './import-backup';
import { readBackup } from './read-backup';
import { dumpDb, seedLibrary, T, wipe } from './testing/library';

const NOW = T + 10_000;
const keep = { restoreDeleted: false };

function read(text: string) {
  const result = readBackup(text, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

describe('backup round trip', () => {
  it('export, wipe, import gives back every store exactly', async () => {
    const { handle } = await seedLibrary();
    const before = await dumpDb(handle);
    const text = await exportBackupText(handle, { exportedAt: NOW, settings: { theme: 'dark' } });
    await wipe(handle);
    const backup = read(text);
    expect(backup.warnings).toEqual([]);
    expect(backup.settings).toEqual({ theme: 'dark' });
    await commitImport(handle, backup, keep);
    expect(await dumpDb(handle)).toEqual(before);
    // Every store had something to lose.
    for (const [store, records] of Object.entries(before))
      expect(records.length, store).toBeGreaterThan(0);
  });

  it('writes the versioned header and every store, in slices that join into one file', async () => {
    const { handle } = await seedLibrary();
    const { slices, counts } = await exportBackup(handle, { exportedAt: NOW }, 200);
    const parts = [...slices];
    expect(parts.length).toBeGreaterThan(3);
    const file = JSON.parse(parts.join(''));
    expect(file).toMatchObject({ format: 'fic-reader-backup', version: 1, exportedAt: NOW });
    expect(counts).toEqual({
      works: 2,
      progress: 1,
      chapters: 4,
      highlights: 2,
      activity: 1,
      tombstones: 2,
    });
    expect(file.highlights.map((h: { removed: { value: boolean } }) => h.removed.value)).toEqual([
      false,
      true,
    ]);
  });

  it('importing into the same library, or twice, changes nothing', async () => {
    const { handle } = await seedLibrary();
    const before = await dumpDb(handle);
    const backup = read(await exportBackupText(handle, { exportedAt: NOW }));
    expect(await previewImport(handle, backup, keep)).toMatchObject({ unchanged: true });
    await commitImport(handle, backup, keep);
    await commitImport(handle, backup, keep);
    expect(await dumpDb(handle)).toEqual(before);
  });

  it('fills a fresh profile and says so in the preview before writing', async () => {
    const { handle } = await seedLibrary();
    const backup = read(await exportBackupText(handle, { exportedAt: NOW }));
    const target = freshDb('backup-target');
    const empty = await dumpDb(target);
    const preview = await previewImport(target, backup, keep);
    expect(preview.counts.works).toEqual({ added: 2, updated: 0, removed: 0 });
    // The removed highlight comes too (so its deletion holds) but is not news.
    expect(preview.counts.highlights).toEqual({ added: 1, updated: 0, removed: 0 });
    expect(preview.unchanged).toBe(false);
    expect(await dumpDb(target)).toEqual(empty);
  });
});
