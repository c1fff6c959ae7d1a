import { esc, paras } from '../pages/html';
import { ao3WorkPage, ao3WorkUrl, type Ao3WorkSpec } from '../pages/ao3/work-page';
import { mobyDickWork } from '../pages/samples';
import { expect, readerOf, test } from './harness';

/**
 * The reader in a narrow window (issue 13): nothing overflows sideways at 320 or 400 px (long
 * titles, tags and addresses, the chapter picker, tables, images, embeds and work-skin boxes in
 * the text), and the time left stays visible in the toolbar.
 */

const LONG = 'Supercalifragilisticexpialidocious'.repeat(3);
const ADDRESS = `https://example.org/${'a-very-long-path-segment/'.repeat(6)}`;

function awkwardWork(): Ao3WorkSpec {
  const work = mobyDickWork(3);
  const table = `<table><tr>${Array.from({ length: 9 }, (_, i) => `<td>Column ${i + 1} of the whaling log</td>`).join('')}</tr></table>`;
  const chat = `<div class="phone"><p class="text">${esc('Are the boats back?')}</p><p class="breply">${esc('Six of seven.')}</p></div>`;
  return {
    ...work,
    title: `${work.title} ${LONG}`,
    relationships: [`Ishmael & ${LONG}`],
    summary: `<p>See ${esc(ADDRESS)} for the map.</p>`,
    skinCss: [
      '#workskin .phone { width: 600px; margin: 0 auto; padding: 10px; border: 2px solid #ccc; border-radius: 20px; }',
      '#workskin .text { float: left; clear: both; padding: 6px 12px; background: #e5e5ea; border-radius: 18px; }',
      '#workskin .breply { float: right; clear: both; padding: 6px 12px; background: #1289fe; color: #fff; border-radius: 18px; }',
    ].join('\n'),
    chapters: work.chapters.map((c) => ({
      ...c,
      title: `${c.title} — a chapter title long enough to make the picker wider than any phone`,
      body: `${c.body}\n${table}\n<p><img src="/wide.png" width="1200" height="300" alt="A map of the voyage"></p>\n<p>${esc(ADDRESS)}</p>\n<iframe src="https://www.youtube.com/embed/abc" width="960" height="540"></iframe>\n${chat}\n${paras(['The end of the chapter.'])}`,
    })),
  };
}

for (const width of [320, 400]) {
  test(`at ${width} px nothing scrolls sideways and the time left is visible`, async ({
    context,
    pages,
  }) => {
    const work = awkwardWork();
    const view = { kind: 'chapter', index: 1 } as const;
    const url = pages.serve(ao3WorkUrl(work, view), ao3WorkPage(work, view));
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 700 });
    await page.goto(url);
    const reader = await readerOf(page);
    await expect(reader.getByTestId('chapter-select')).toBeAttached();
    const timeLeft = reader.getByTestId('time-left');
    await expect(timeLeft).toContainText(/min left/);

    const scroller = reader.getByTestId('reader-scroll');
    // Through the whole text: the end of a chapter holds the picker and the site's links.
    for (const at of ['start', 'end'] as const) {
      await scroller.evaluate((el, to) => el.scrollTo(0, to === 'end' ? el.scrollHeight : 0), at);
      expect(
        await scroller.evaluate((el) => el.scrollWidth - el.clientWidth),
        `sideways overflow at the ${at}`,
      ).toBeLessThanOrEqual(0);
    }
    // An embedded video is an inert box that says what it was, with its link, inside the window.
    const embed = reader.locator('.fr-embed').first();
    await expect(embed).toContainText('Embedded video from youtube.com');
    await expect(embed.getByRole('link', { name: 'Open it on the site' })).toBeVisible();
    await expect(embed).toHaveCSS('border-top-style', 'dashed');
    const embedBox = (await embed.boundingBox())!;
    expect(embedBox.x + embedBox.width).toBeLessThanOrEqual(width);
    const select = await reader.getByTestId('chapter-select').boundingBox();
    expect(select!.x + select!.width).toBeLessThanOrEqual(width);

    // The time left: whole, inside the toolbar and the window.
    const toolbar = (await reader.locator('header.fr-toolbar').boundingBox())!;
    const box = (await timeLeft.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y).toBeGreaterThanOrEqual(toolbar.y);
    expect(box.y + box.height).toBeLessThanOrEqual(toolbar.y + toolbar.height);
    expect(
      await timeLeft.evaluate((el) => ({
        wide: el.scrollWidth > el.clientWidth,
        tall: el.scrollHeight > el.clientHeight,
      })),
    ).toEqual({ wide: false, tall: false });
  });
}
