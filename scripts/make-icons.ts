import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME_PATH } from '../tests/support/browser';

/**
 * `npx tsx scripts/make-icons.ts`: renders assets/icons/icon.svg to the PNG sizes the manifest
 * names (public/icons/icon-<size>.png, copied into the build as they are). The PNGs are committed
 * so a build needs no browser; run this again after changing the drawing. Rendered by Debian's
 * Chromium (the one the tests use), with a transparent background.
 */

/** The icon sizes the manifest lists. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync('assets/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync('public/icons', { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="32" height="32"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const file = `public/icons/icon-${size}.png`;
    writeFileSync(file, await page.screenshot({ omitBackground: true }));
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
