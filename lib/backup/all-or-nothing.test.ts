import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testing/setup';
import { exportBackupText } from './export-backup';
import { commitImport } from './import-backup';
import { readBackup } from './read-backup';
import { dumpDb, seedLibrary, T } from './testing/library';

const NOW = T + 100_000;

describe('commitImport', () => {
  it('is all or nothing: a write that fails leaves every store as it was', async () => {
    const { handle } = await seedLibrary();
    const read = readBackup(await exportBackupText(handle, { exportedAt: NOW }), NOW);
    if (!read.ok) throw new Error(read.error);
    const target = freshDb('all-or-nothing');
    await seedLibrary(target);
    await (await target).delete('works', 'ao3:1851');
    const before = await dumpDb(target);
    // A record no schema would let through, slipped in after every valid one: its put throws
    // once the others have been issued in the same transaction.
    const h = read.backup.records.highlights[0]!;
    const note = { value: (() => 'x') as unknown as string, at: 1 };
    read.backup.records.highlights.push({ ...h, id: 'unclonable', note });
    await expect(commitImport(target, read.backup, { restoreDeleted: false })).rejects.toThrow();
    expect(await dumpDb(target)).toEqual(before);
  });
});
