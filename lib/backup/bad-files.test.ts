import { describe, expect, it } from 'vitest';
import { exportBackupText } from './export-backup';
import { commitImport } from './import-backup';
import { refuseBySize } from './limits';
import { readBackup } from './read-backup';
import { dumpDb, MOBY, seedLibrary, T } from './testing/library';

const NOW = T + 100_000;
type Json = Record<string, unknown> & {
  works: Record<string, unknown>[];
  highlights: Record<string, unknown>[];
};

/** A library, a good backup of it as JSON to spoil, and the database as it was. */
async function setup() {
  const { handle } = await seedLibrary();
  const text = await exportBackupText(handle, { exportedAt: NOW });
  return { handle, text, json: () => JSON.parse(text) as Json, before: await dumpDb(handle) };
}

/** The whole import as the background runs it: read, then one transaction. */
async function importText(handle: Awaited<ReturnType<typeof setup>>['handle'], text: string) {
  const read = readBackup(text, NOW, 64 * 1024);
  if (!read.ok) return { error: read.error };
  try {
    await commitImport(handle, read.backup, { restoreDeleted: false });
    return { warnings: read.backup.warnings };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A spoiler: from the good file's text (or its JSON, to edit), the bad file. */
type Spoil = (text: string, json: () => Json) => string;
const edit =
  (f: (j: Json) => void): Spoil =>
  (_text, json) => {
    const j = json();
    f(j);
    return JSON.stringify(j);
  };

describe('bad backup files', () => {
  it.each([
    [
      'malformed JSON',
      (() => '{"format": "fic-reader-backup", version: 1}') as Spoil,
      /not valid JSON/,
    ],
    [
      'a truncated file',
      ((t) => t.slice(0, Math.floor(t.length / 2))) as Spoil,
      /cut short \(truncated\)/,
    ],
    ['an empty file', (() => '  ') as Spoil, /empty/],
    ['an oversized file', (() => ' '.repeat(64 * 1024 + 1)) as Spoil, /over 64 KB/],
    ['JSON that is not an object', (() => '[1, 2]') as Spoil, /not a Fic Reader backup/],
    [
      'another program’s JSON',
      (() => '{"format": "readwise", "version": 1}') as Spoil,
      /not a Fic Reader backup/,
    ],
    ['a future version', edit((j) => (j.version = 2)), /newer Fic Reader \(backup version 2/],
    ['version 0', edit((j) => (j.version = 0)), /version 0 is not one Fic Reader ever wrote/],
    [
      'a version that is not a number',
      edit((j) => (j.version = '1')),
      /does not say which version/,
    ],
    [
      'a title of the wrong type',
      edit((j) => (j.works[0]!.title = 5)),
      /works\[0\]\.title: Invalid type: Expected string but received 5/,
    ],
    [
      'a store that is not a list',
      edit((j) => (j.chapters = {})),
      /chapters: Invalid type: Expected Array/,
    ],
    ['a negative date', edit((j) => (j.works[1]!.lastOpenedAt = -5)), /works\[1\]\.lastOpenedAt/],
    [
      'an unknown site',
      edit((j) => (j.works[0]!.site = 'evil.example')),
      /works\[0\]\.site: unknown site/,
    ],
    [
      'one highlight id under two works',
      edit((j) => j.highlights.push({ ...j.highlights[0]!, work: 'ffnet:77' })),
      /highlight "h1" is listed under two works/,
    ],
  ])('refuses %s, naming the problem, and changes nothing', async (_name, spoil, message) => {
    const { handle, text, json, before } = await setup();
    const bad = spoil(text, json);
    expect(await importText(handle, bad)).toEqual({ error: expect.stringMatching(message) });
    expect(await dumpDb(handle)).toEqual(before);
  });

  it('refuses a highlight id that belongs to another work here, and changes nothing', async () => {
    const { handle, json, before } = await setup();
    const j = json();
    j.works.push({ ...j.works[0]!, key: 'ao3:9', workId: '9' });
    j.highlights = [{ ...j.highlights[0]!, work: 'ao3:9', note: { value: 'mine', at: NOW } }];
    expect(await importText(handle, JSON.stringify(j))).toEqual({
      error: expect.stringMatching(
        /gives highlight "h1" to ao3:9, but here it belongs to ao3:1851/,
      ),
    });
    expect(await dumpDb(handle)).toEqual(before);
  });

  it('refuses a 200 MB file by its size, before reading it', () => {
    expect(refuseBySize(200 * 1024 * 1024)).toMatch(
      /The file is 200 MB; a Fic Reader backup is at most 100 MB/,
    );
    expect(refuseBySize(5_000_000)).toBeUndefined();
  });
});

describe('backup files cleaned on the way in', () => {
  it('stores HTML in strings as text, exactly as written', async () => {
    const { handle, json } = await setup();
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const j = json();
    j.works[0]!.title = html;
    expect(await importText(handle, JSON.stringify(j))).toEqual({ warnings: [] });
    expect((await (await handle).get('works', MOBY))?.title).toBe(html);
  });

  it('drops __proto__ and constructor keys without touching any prototype, and says so', async () => {
    const { handle, text } = await setup();
    const spoiled = text.replace(
      '"key":"ao3:1851"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"key":"ao3:1851"',
    );
    expect(await importText(handle, spoiled)).toEqual({
      warnings: [expect.stringMatching(/"__proto__".*ignored/)],
    });
    const work = (await (await handle).get('works', MOBY)) as object;
    expect(Object.hasOwn(work, '__proto__') || Object.hasOwn(work, 'constructor')).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('merges a record listed twice by its clocks (not the later in the file), and says so', async () => {
    const { handle, json } = await setup();
    const j = json();
    const older = {
      ...j.highlights[0]!,
      note: { value: 'older copy', at: 1 },
      color: { value: 'c4', at: NOW - 1 },
    };
    const twin = {
      ...j.highlights[0]!,
      note: { value: 'second copy', at: NOW - 1 },
      updatedAt: NOW - 1,
    };
    // The newer note comes first and an older one last: a merge keeps each field's newer value.
    j.highlights.unshift(twin);
    j.highlights.push(older);
    expect(await importText(handle, JSON.stringify(j))).toEqual({
      warnings: ['2 records were listed twice in the file; the copies were merged.'],
    });
    const stored = await (await handle).getAll('highlights');
    expect(stored.filter((h) => h.id === 'h1').map((h) => [h.note.value, h.color.value])).toEqual([
      ['second copy', 'c4'],
    ]);
  });

  it('takes dates in the future, year 30000 included, as now', async () => {
    const { handle, json } = await setup();
    const j = json();
    j.works[0]!.lastOpenedAt = Date.UTC(30000, 0, 1);
    j.works[0]!.updatedAt = NOW + 3_600_000;
    expect(await importText(handle, JSON.stringify(j))).toEqual({
      warnings: [
        '2 dates were in the future (the latest in the year 30000); they were set to now.',
      ],
    });
    expect(await (await handle).get('works', MOBY)).toMatchObject({
      lastOpenedAt: NOW,
      updatedAt: NOW,
    });
  });
});
