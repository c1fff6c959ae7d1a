import { notedWork } from '../pages/ao3/cases';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { ffnChapterPage, ffnChapterUrl } from '../pages/ffnet';
import { mobyDickFfn, mobyDickWork } from '../pages/samples';
import { mobyDickForum, xenforoReaderPage, xenforoReaderUrl } from '../pages/xenforo';
import { expect, readerOf, test } from './harness';
import type { PageServer } from '../support/browser';

const work = mobyDickWork(4);

function serveWork(pages: PageServer, spec = work) {
  spec.chapters.forEach((_, index) => {
    const view = { kind: 'chapter', index } as const;
    pages.serve(ao3WorkUrl(spec, view), ao3WorkPage(spec, view));
  });
  pages.serve(ao3WorkUrl(spec, { kind: 'entire' }), ao3WorkPage(spec, { kind: 'entire' }));
}

test.describe('reading an AO3 work', () => {
  test('shows the work header, keeps tags and notes folded, and opens notes that warn', async ({
    context,
    pages,
  }) => {
    const spec = notedWork();
    serveWork(pages, spec);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(spec, { kind: 'chapter', index: 0 }));
    const reader = await readerOf(page);
    const header = reader.getByTestId('work-header');
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(spec.title);
    await expect(header.getByRole('link', { name: 'Herman Melville (hmelville)' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Teen And Up Audiences' })).toBeVisible();
    await expect(
      header.getByRole('link', { name: 'Graphic Depictions Of Violence' }),
    ).toBeVisible();
    await expect(reader.getByTestId('tags')).not.toHaveAttribute('open');
    // Work notes fold away; the chapter's notes mention a content warning, so they stay open.
    const notes = reader.getByTestId('notes');
    await expect(notes.first()).not.toHaveAttribute('open');
    await expect(notes.filter({ hasText: 'CW: a storm' })).toHaveAttribute('open');
    await expect(notes.filter({ hasText: 'End notes for chapter 1' })).not.toHaveAttribute('open');
  });

  test('goes to the next and previous chapters at their site URLs', async ({ context, pages }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(work, { kind: 'chapter', index: 1 }));
    let reader = await readerOf(page);
    await reader.getByTestId('next-chapter').click();
    await expect(page).toHaveURL(
      'https://archiveofourown.org/works/1851/chapters/1851003#workskin',
    );
    reader = await readerOf(page);
    await expect(reader.getByTestId('chapter')).toContainText('The Spouter-Inn');
    await reader.getByTestId('prev-chapter').click();
    await expect(page).toHaveURL(
      'https://archiveofourown.org/works/1851/chapters/1851002#workskin',
    );
    // The reader opens on the new page too.
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
  });

  test('jumps to a chapter from the chapter list and the chapter select', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(work, { kind: 'chapter', index: 0 }));
    let reader = await readerOf(page);
    await reader.getByTestId('open-chapters').click();
    const toc = reader.getByTestId('toc');
    // It opens at the current chapter, with focus on it and a visible mark.
    const here = toc.locator('[aria-current="page"]');
    await expect(here).toHaveAccessibleName('1. Loomings');
    await expect(here).toContainText('You are here');
    await expect(here).toBeFocused();
    await toc.getByRole('link', { name: '3. The Spouter-Inn' }).click();
    await expect(page).toHaveURL('https://archiveofourown.org/works/1851/chapters/1851003');
    reader = await readerOf(page);
    await reader.getByTestId('chapter-select').selectOption({ label: '4. The Counterpane' });
    await expect(page).toHaveURL('https://archiveofourown.org/works/1851/chapters/1851004');
    // The reader opens on the new page too.
    await expect((await readerOf(page)).getByTestId('reader')).toBeVisible();
  });

  test('scrolls within an entire work from its table of contents', async ({ context, pages }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(work, { kind: 'entire' }));
    let reader = await readerOf(page);
    await expect(reader.getByTestId('chapter')).toHaveCount(4);
    // Reading aids at the reader's speed: what is left of the chapter, and how far through the
    // work and what is left of it.
    await expect(reader.getByTestId('time-left')).toContainText(
      /^\d+ min left in this chapter · \d+% · .+ left in the work$/,
    );
    await reader.getByTestId('open-chapters').click();
    await reader.getByTestId('toc').getByRole('button', { name: '3. The Spouter-Inn' }).click();
    await expect(page).toHaveURL(ao3WorkUrl(work, { kind: 'entire' }));
    reader = await readerOf(page);
    const heading = reader.getByRole('heading', { name: /The Spouter-Inn/ });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
  });

  test('keyboard: arrows change chapter, ? lists the shortcuts, Esc closes', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(work, { kind: 'chapter', index: 1 }));
    let reader = await readerOf(page);
    await expect(reader.getByTestId('reader')).toBeVisible();
    await page.keyboard.press('?');
    await expect(reader.getByTestId('shortcuts')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reader.getByTestId('shortcuts')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/chapters\/1851003/);
    reader = await readerOf(page);
    await expect(reader.getByTestId('chapter')).toContainText('The Spouter-Inn');
    await page.keyboard.press('[');
    await expect(page).toHaveURL(/chapters\/1851002/);
    reader = await readerOf(page);
    await expect(reader.getByTestId('reader')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('fic-reader')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
  });

  test('a stray arrow in the middle of a chapter only asks; a second press goes', async ({
    context,
    pages,
  }) => {
    serveWork(pages);
    const page = await context.newPage();
    await page.goto(ao3WorkUrl(work, { kind: 'chapter', index: 1 }));
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
    await reader.evaluate(() => {
      const s = document.querySelector<HTMLElement>('[data-testid="reader-scroll"]')!;
      s.scrollTop = (s.scrollHeight - s.clientHeight) / 2;
    });
    await page.waitForTimeout(600);
    await page.keyboard.press('ArrowRight');
    await expect(reader.getByTestId('step-hint')).toHaveText('Press → again for the next chapter');
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/chapters\/1851002/);
    // The hint goes by itself; then a first press asks again, and a second goes.
    await expect(reader.getByTestId('step-hint')).toHaveCount(0, { timeout: 5000 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/chapters\/1851003/);
  });
});

test.describe('reading on other archives', () => {
  test('FanFiction.Net: the buttons and the chapter list go to the right chapter URLs', async ({
    context,
    pages,
  }) => {
    const story = mobyDickFfn(3);
    for (let n = 1; n <= 3; n++) pages.serve(ffnChapterUrl(story, n), ffnChapterPage(story, n));
    const page = await context.newPage();
    await page.goto(ffnChapterUrl(story, 2));
    let reader = await readerOf(page);
    await reader.getByTestId('next-chapter').click();
    await expect(page).toHaveURL('https://www.fanfiction.net/s/1851001/3/Moby-Dick');
    reader = await readerOf(page);
    await reader.getByTestId('prev-chapter').click();
    await expect(page).toHaveURL('https://www.fanfiction.net/s/1851001/2/Moby-Dick');
    reader = await readerOf(page);
    await reader.getByTestId('chapter-select').selectOption({ label: '1. Loomings' });
    await expect(page).toHaveURL('https://www.fanfiction.net/s/1851001/1/Moby-Dick');
    reader = await readerOf(page);
    // Chapter 1's author's notes, written into the text, are folded away from the story.
    await expect(reader.getByTestId('notes').first()).toContainText('A/N');
    await expect(reader.getByTestId('chapter-text')).not.toContainText('A/N');
  });

  test('a forum reader page shows its threadmarks as chapters and pages onward', async ({
    context,
    pages,
  }) => {
    const thread = { ...mobyDickForum('forums.sufficientvelocity.com', 6), readerPerPage: 3 };
    pages.serve(xenforoReaderUrl(thread, 1), xenforoReaderPage(thread, 1));
    pages.serve(xenforoReaderUrl(thread, 2), xenforoReaderPage(thread, 2));
    const page = await context.newPage();
    await page.goto(xenforoReaderUrl(thread, 1));
    let reader = await readerOf(page);
    const chapters = reader.getByTestId('chapter');
    await expect(chapters.first()).toContainText('Loomings');
    await expect(chapters).toHaveCount(3);
    await reader.getByTestId('next-chapter').click();
    await expect(page).toHaveURL(xenforoReaderUrl(thread, 2));
    reader = await readerOf(page);
    await expect(reader.getByTestId('reader')).toBeVisible();
  });
});
