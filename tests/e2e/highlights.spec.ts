import { ao3WorkPage, ao3WorkUrl, type Ao3WorkSpec } from '../pages/ao3/work-page';
import { paras } from '../pages/html';
import { mobyDickWork } from '../pages/samples';
import { mobyDick } from '../pages/text';
import type { PageServer } from '../support/browser';
import { expect, readerOf, test } from './harness';
import { dragSelect, drawn, storedHighlights, waitStoredCount } from './highlight-helpers';

/**
 * Issue 11: highlights and notes in the reader, at the work's real addresses: made with the
 * mouse, kept across reloads and views, surviving the author's edits (or listed as orphans),
 * live in the other tabs.
 */

const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const chapterUrl = ao3WorkUrl(work, view);
const paragraphs = mobyDick()[1]!.paragraphs;
// From the start of the second paragraph to the first words of the third.
const FROM = paragraphs[1]!.slice(0, 30);
const TO = paragraphs[2]!.slice(0, 40);
const QUOTE = `${paragraphs[1]}\n${TO}`.replace(/[^\S\n]+/g, ' ');
const NOTE = 'Where Ishmael waits for his ship.';

function serveWork(pages: PageServer, spec: Ao3WorkSpec = work) {
  spec.chapters.forEach((_, index) => {
    const v = { kind: 'chapter', index } as const;
    pages.serve(ao3WorkUrl(spec, v), ao3WorkPage(spec, v));
  });
  pages.serve(ao3WorkUrl(spec, { kind: 'entire' }), ao3WorkPage(spec, { kind: 'entire' }));
}

/** The work with chapter 2's paragraphs replaced. */
const editedWork = (chapter2: string[]): Ao3WorkSpec => ({
  ...work,
  chapters: work.chapters.map((c, i) => (i === 1 ? { ...c, body: paras(chapter2) } : c)),
});

/** Opens chapter 2 and highlights QUOTE with the note. */
async function highlightWithNote(page: import('@playwright/test').Page) {
  await page.goto(chapterUrl);
  const reader = await readerOf(page);
  await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
  await dragSelect(page, reader, FROM, TO);
  await expect(reader.getByTestId('hl-toolbar')).toBeVisible();
  await reader.getByTestId('hl-note').click();
  await reader.getByTestId('note-text').fill(NOTE);
  await reader.getByTestId('note-save').click();
  return reader;
}

test.describe('highlights', () => {
  test('across two paragraphs with the mouse, with a note: after a reload and in the entire work, the same words with the note', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    let reader = await highlightWithNote(page);
    await waitStoredCount(serviceWorker, 1);
    const [stored] = await storedHighlights(serviceWorker);
    expect(stored).toMatchObject({ work: 'ao3:1851', note: { value: NOTE } });
    expect(stored?.anchor.value.exact).toBe(QUOTE);

    await page.reload();
    reader = await readerOf(page);
    await expect.poll(async () => (await drawn(reader))['fr-c1']).toEqual([QUOTE]);
    await expect(reader.getByTestId('note-marker')).toHaveAttribute('aria-label', `Note: ${NOTE}`);

    await page.goto(ao3WorkUrl(work, { kind: 'entire' }));
    reader = await readerOf(page);
    await expect
      .poll(async () => (await drawn(reader))['fr-c1'], { timeout: 10_000 })
      .toEqual([QUOTE]);
    await reader.getByTestId('open-highlights').click();
    await expect(reader.getByTestId('hl-item')).toHaveCount(1);
    await expect(reader.getByTestId('hl-note-text')).toHaveText(NOTE);
  });

  test('an edited chapter: re-anchored on the moved words; deleted words: an orphan, listed with its note, re-attached to a new selection', async ({
    context,
    pages,
    serviceWorker,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await highlightWithNote(page);
    await waitStoredCount(serviceWorker, 1);

    // A paragraph inserted above and a typo fixed elsewhere: the highlight moves with its words.
    const inserted = ['A/N: I fixed some typos, thank you all!', ...paragraphs];
    inserted[4] = inserted[4]!.replace('the', 'teh');
    serveWork(pages, editedWork(inserted));
    await page.reload();
    let reader = await readerOf(page);
    await expect.poll(async () => (await drawn(reader))['fr-c1']).toEqual([QUOTE]);

    // The highlighted paragraphs deleted: nothing drawn, the orphan listed with its note.
    serveWork(pages, editedWork([paragraphs[0]!, ...paragraphs.slice(3)]));
    await page.reload();
    reader = await readerOf(page);
    await expect(reader.getByTestId('open-highlights')).toBeVisible();
    await reader.getByTestId('open-highlights').click();
    const orphans = reader.getByTestId('hl-orphans');
    await expect(orphans).toContainText(NOTE);
    await expect(orphans).toContainText(FROM);
    expect((await drawn(reader))['fr-c1'] ?? []).toEqual([]);

    // Re-attached to new words.
    const words = paragraphs[3]!.slice(0, 24);
    await dragSelect(page, reader, words, words);
    await expect(orphans.getByTestId('hl-reattach')).toBeEnabled();
    await orphans.getByTestId('hl-reattach').click();
    await expect(reader.getByTestId('hl-orphans')).toHaveCount(0);
    await expect.poll(async () => (await drawn(reader))['fr-c1']).toEqual([words]);
    await expect
      .poll(async () => (await storedHighlights(serviceWorker))[0]?.anchor.value.exact)
      .toBe(words);
  });

  test('two tabs: a new highlight, its colour and its removal appear in the other within a second', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const other = await context.newPage();
    await other.goto(ao3WorkUrl(work, { kind: 'entire' }));
    const otherReader = await readerOf(other);
    await expect(otherReader.getByTestId('chapter-text').first()).not.toBeEmpty();

    const page = await context.newPage();
    await page.goto(chapterUrl);
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await dragSelect(page, reader, FROM, TO);
    await reader.getByTestId('hl-color-c3').click();
    await expect
      .poll(async () => (await drawn(otherReader))['fr-c3'], { timeout: 1000 })
      .toEqual([QUOTE]);

    // Click the highlight: its toolbar; a new colour, then removal, reach the other tab too.
    await page.mouse.click(...(await centreOf(page, reader)));
    await reader.getByTestId('hl-color-c5').click();
    await expect
      .poll(async () => (await drawn(otherReader))['fr-c5'], { timeout: 1000 })
      .toEqual([QUOTE]);
    await reader.getByTestId('hl-remove').click();
    await expect(reader.getByTestId('hl-undo')).toBeVisible();
    await expect
      .poll(async () => (await drawn(otherReader))['fr-c5'], { timeout: 1000 })
      .toEqual([]);
  });
});

/** The page point at the middle of the first line of FROM (inside the highlight). */
async function centreOf(
  page: import('@playwright/test').Page,
  reader: import('@playwright/test').Frame,
) {
  const { textPoint } = await import('./highlight-helpers');
  const a = await textPoint(page, reader, FROM, 'start');
  const b = await textPoint(page, reader, FROM, 'end');
  return [(a.x + b.x) / 2, a.y] as const;
}
