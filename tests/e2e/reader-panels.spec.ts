import { expect, readerOf, setSettings, test } from './harness';
import { firstLine, scrollTo, settledFirstLine } from './reading-helpers';
import { chapterUrl, serveWork } from './sample-work';

/**
 * Issue 13, the settings panel: on a wide window it sits beside the text (a change of line
 * length can be seen as it is made) and the line read stays at the top; a press on the text
 * closes it; "Reset the look to defaults" puts the defaults back.
 */

test('the settings panel sits beside the text, keeps the line read, closes on a press outside, and resets', async ({
  context,
  pages,
  serviceWorker,
}) => {
  serveWork(pages);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(chapterUrl(1));
  const reader = await readerOf(page);
  await expect(reader.getByTestId('chapter-text')).not.toBeEmpty();
  await scrollTo(reader, 0.5);
  const line = await settledFirstLine(page, reader);
  await setSettings(serviceWorker, { fontSize: 24, contentWidth: 60 });
  await expect(reader.getByTestId('chapter-text')).toHaveCSS('font-size', '24px');
  await settledFirstLine(page, reader);

  await reader.getByTestId('open-settings').click();
  const panel = reader.locator('#fr-panel');
  await expect(panel).toBeVisible();
  const panelBox = await panel.boundingBox();
  const textBox = await reader.getByTestId('chapter-text').boundingBox();
  expect(textBox!.x + textBox!.width).toBeLessThanOrEqual(panelBox!.x);
  await settledFirstLine(page, reader);
  const after = await firstLine(reader, 300);
  expect(after, `${line} / ${after}`).toContain(line.slice(0, 12));

  await reader.getByTestId('settings-reset').click();
  await expect(reader.getByTestId('chapter-text')).toHaveCSS('font-size', '19px');
  await expect(reader.getByTestId('settings-reset')).toBeDisabled();

  // A press on the text closes the panel; focus goes back to the button that opened it.
  const text = await reader.getByTestId('chapter-text').boundingBox();
  await page.mouse.click(text!.x + 40, 400);
  await expect(panel).toHaveCount(0);
});
