import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { StoreRecords } from '../../lib/backup/format';
import { backupSlices } from '../../lib/backup/write-backup';
import { libraryRecords } from '../support/library-data';
import { SAMPLE_LIBRARY } from '../support/sample-library';
import { dumpDatabase, seedDatabase, wipeDatabase } from '../support/seed-library';
import { expect, test } from './harness';

const NOW = Date.now();
const HOUR = 3_600_000;

/** The sample library with a bare tombstone and a removed highlight: every store has records. */
function sample(now = NOW): StoreRecords {
  const records = libraryRecords(SAMPLE_LIBRARY, now);
  records.tombstones.push({ key: 'ao3:9', deletedAt: now - 48 * HOUR });
  const h = records.highlights[1]!;
  records.highlights[1] = {
    ...h,
    removed: { value: true, at: h.updatedAt + 1 },
    updatedAt: h.updatedAt + 1,
  };
  return records;
}

const fileOf = (records: StoreRecords, exportedAt = NOW) =>
  [...backupSlices(records, { exportedAt })].join('');

async function backupsPage(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/library.html#/settings/backups`);
  await expect(page.getByTestId('backups')).toBeVisible();
}

async function choose(page: Page, name: string, text: string) {
  await page
    .getByTestId('import-backup')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('backups', () => {
  test('export, clear everything, import: every store comes back identically', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    await seedDatabase(serviceWorker, sample());
    const before = await dumpDatabase(serviceWorker);
    const page = await context.newPage();
    await backupsPage(page, extensionId);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-backup').click();
    const file = await (await download).path();
    await expect(page.getByTestId('backup-status')).toContainText('6 works, 9 highlights');
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'fic-reader-backup', version: 1 });

    await wipeDatabase(serviceWorker);
    await choose(page, 'backup.json', text);
    await expect(page.getByTestId('preview-sentence')).toHaveText(
      /^6 works added, 8 highlights added/,
    );
    // The preview wrote nothing.
    expect((await dumpDatabase(serviceWorker)).works).toEqual([]);
    await page.getByTestId('confirm-import').click();
    await expect(page.getByTestId('backup-status')).toContainText('Imported.');
    expect(await dumpDatabase(serviceWorker)).toEqual(before);
  });

  test('imported into a profile with newer progress: newer wins, furthest is the maximum, highlights united', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    await seedDatabase(serviceWorker, sample());
    // The backup: three days older, but further on in Moby-Dick, finished by status, one highlight more.
    const older = sample(NOW - 72 * HOUR);
    const moby = older.progress.find((p) => p.key === 'ao3:1851')!;
    moby.furthest = {
      ...moby.furthest!,
      chapterIndex: 59,
      chapterId: '1851060',
      workFraction: 0.44,
    };
    older.works[0]!.readingStatus = { value: 'finished', at: NOW - 70 * HOUR };
    older.highlights.push({
      ...older.highlights[0]!,
      id: 'from-the-other-profile',
      anchor: {
        ...older.highlights[0]!.anchor,
        value: { ...older.highlights[0]!.anchor.value, exact: 'Hark!' },
      },
    });
    const page = await context.newPage();
    await backupsPage(page, extensionId);
    await choose(page, 'older.json', fileOf(older, NOW - 72 * HOUR));
    await expect(page.getByTestId('preview-sentence')).toContainText('1 highlight added');
    await page.getByTestId('confirm-import').click();
    await expect(page.getByTestId('backup-status')).toContainText('Imported.');
    const after = await dumpDatabase(serviceWorker);
    const progress = (after.progress as typeof older.progress).find((p) => p.key === 'ao3:1851')!;
    expect(progress.last).toMatchObject({ chapterIndex: 41, at: NOW - HOUR - 0 * HOUR });
    expect(progress.furthest).toMatchObject({ chapterIndex: 59 });
    const work = (after.works as typeof older.works).find((w) => w.key === 'ao3:1851')!;
    expect(work.readingStatus?.value).toBe('finished');
    expect(work.lastOpenedAt).toBe(NOW - HOUR);
    expect((after.highlights as { id: string }[]).map((h) => h.id)).toContain(
      'from-the-other-profile',
    );
    expect(after.highlights).toHaveLength(10);
    expect(after.works).toHaveLength(6);
  });
});

test.describe('bad backup files', () => {
  const good = () =>
    JSON.parse(fileOf(sample())) as Record<string, unknown> & {
      works: Record<string, unknown>[];
      highlights: Record<string, unknown>[];
    };
  const edit = (f: (j: ReturnType<typeof good>) => void) => {
    const j = good();
    f(j);
    return JSON.stringify(j);
  };
  const refused: [string, () => string, RegExp][] = [
    ['malformed JSON', () => '{"format": "fic-reader-backup", version: 1}', /not valid JSON/],
    ['a truncated file', () => fileOf(sample()).slice(0, 5000), /cut short \(truncated\)/],
    ['a future version', () => edit((j) => (j.version = 2)), /newer Fic Reader \(backup version 2/],
    ['version 0', () => edit((j) => (j.version = 0)), /version 0 is not one Fic Reader ever wrote/],
    [
      'a wrong type',
      () => edit((j) => (j.works[2]!.title = 42)),
      /works\[2\]\.title: Invalid type/,
    ],
    [
      'a highlight id under two works',
      () => edit((j) => j.highlights.push({ ...j.highlights[0]!, work: 'ffnet:7731' })),
      /listed under two works/,
    ],
    ['another program’s JSON', () => '{"highlights": []}', /not a Fic Reader backup/],
  ];
  for (const [name, make, message] of refused) {
    test(`refuses ${name} with its reason, and the database is unchanged`, async ({
      context,
      serviceWorker,
      extensionId,
    }) => {
      await seedDatabase(serviceWorker, sample());
      const before = await dumpDatabase(serviceWorker);
      const page = await context.newPage();
      await backupsPage(page, extensionId);
      await choose(page, `${name}.json`, make());
      await expect(page.getByTestId('backup-status')).toHaveText(message);
      await expect(page.getByTestId('import-preview')).toHaveCount(0);
      expect(await dumpDatabase(serviceWorker)).toEqual(before);
    });
  }

  test('refuses a 200 MB file by its size, before reading it', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    await seedDatabase(serviceWorker, sample());
    const before = await dumpDatabase(serviceWorker);
    const page = await context.newPage();
    await backupsPage(page, extensionId);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-backup"]')!;
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(200 * 1024 * 1024)], 'huge.json'));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.getByTestId('backup-status')).toHaveText(
      /The file is 200 MB; a Fic Reader backup is at most 100 MB/,
    );
    expect(await dumpDatabase(serviceWorker)).toEqual(before);
  });

  test('cleans what it can, says so, and shows HTML in strings as text', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await backupsPage(page, extensionId);
    const html = '<img src=x onerror="document.title=\'pwned\'">Moby';
    const text = edit((j) => {
      j.works[0]!.title = html;
      j.works[1]!.lastOpenedAt = Date.UTC(30000, 0, 1);
      j.highlights.push({ ...j.highlights[2]! });
    }).replace('"key":"ao3:1851"', '"__proto__":{"polluted":true},"key":"ao3:1851"');
    await choose(page, 'odd.json', text);
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText('the latest in the year 30000');
    await expect(preview).toContainText('listed twice in the file; the copies were merged');
    await expect(preview).toContainText('"__proto__"');
    await page.getByTestId('confirm-import').click();
    await expect(page.getByTestId('backup-status')).toContainText('Imported.');
    await page.goto(page.url().replace(/#.*/, '#/'));
    await expect(page.getByTestId('work-row').filter({ hasText: 'onerror' })).toHaveCount(1);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
    const works = (await dumpDatabase(serviceWorker)).works as { lastOpenedAt: number }[];
    expect(Math.max(...works.map((w) => w.lastOpenedAt))).toBeLessThanOrEqual(Date.now());
  });
});
