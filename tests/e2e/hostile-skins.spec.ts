import type { Frame, Locator } from '@playwright/test';
import { ao3WorkPage, ao3WorkUrl } from '../pages/ao3/work-page';
import { HOSTILE_SKINS } from '../pages/hostile-skins';
import { notedWork } from '../pages/ao3/cases';
import { expect, readerOf, test } from './harness';

/**
 * Issue 9: nothing a work skin draws leaves the story box. For each hostile skin
 * (tests/pages/hostile-skins.ts), the reader's own controls and the work's real rating and
 * warnings are still the topmost element at their centre.
 */

/** True when the element at the centre of `target` is `target` or inside it. */
async function onTop(reader: Frame, target: Locator): Promise<boolean> {
  await target.scrollIntoViewIfNeeded();
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

for (const skin of HOSTILE_SKINS) {
  test(`a hostile skin cannot cover the reader: ${skin.name}`, async ({ context, pages }) => {
    const work = { ...notedWork(), skinCss: skin.css };
    const view = { kind: 'chapter', index: 0 } as const;
    const url = pages.serve(ao3WorkUrl(work, view), ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.goto(url);
    const reader = await readerOf(page);
    const header = reader.getByTestId('work-header');
    await expect(reader.getByTestId('chapter-text').first()).not.toBeEmpty();
    const targets: [string, Locator][] = [
      ['title', header.getByRole('heading', { level: 1 })],
      ['byline', header.getByRole('link', { name: 'Herman Melville (hmelville)' })],
      ['rating', header.getByRole('link', { name: 'Teen And Up Audiences' })],
      ['warning', header.getByRole('link', { name: 'Graphic Depictions Of Violence' })],
      ['tags toggle', reader.getByTestId('tags').locator('summary')],
      ['notes toggle', reader.getByTestId('notes').first().locator('summary')],
      ['chapters button', reader.getByTestId('open-chapters')],
      ['next chapter', reader.getByTestId('next-chapter')],
      ['comments', reader.getByTestId('feedback')],
    ];
    const covered: string[] = [];
    for (const [name, target] of targets) if (!(await onTop(reader, target))) covered.push(name);
    expect(covered).toEqual([]);
  });
}
