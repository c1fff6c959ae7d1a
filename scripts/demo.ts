import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoSite } from '../tests/pages/demo-site';
import type { Page } from '@playwright/test';
import { launchWithExtension, PageServer } from '../tests/support/browser';

/**
 * `npm run demo`: builds the extension, serves the sample works at their real archive URLs and
 * opens Chromium with Fic Reader loaded on the first one. `--screenshot FILE` (or no display, or
 * CI) runs headless and writes a screenshot instead of leaving a window open.
 */
const { values } = parseArgs({
  options: {
    screenshot: { type: 'string' },
    url: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'readme-shots': { type: 'string' },
  },
});

if (!values['no-build']) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = demoSite();
if (values['readme-shots']) {
  await readmeShots(values['readme-shots']);
  process.exit(0);
}

let screenshot = values.screenshot;
if (!screenshot && (process.env.CI || !process.env.DISPLAY)) {
  screenshot = 'demo.png';
  console.log('No display here: running headless and writing a screenshot to demo.png.');
}

const profile = await mkdtemp(join(tmpdir(), 'fic-reader-demo-'));
const context = await launchWithExtension(profile, Boolean(screenshot));
const server = new PageServer(context);
await server.start();
server.serveFrom((url) => site.source(url));

const page = context.pages()[0] ?? (await context.newPage());
const start = values.url ?? site.start;
await page.goto(start);
console.log(`Fic Reader demo: opened ${start}`);
console.log('Sample works (their real URLs, served locally):');
for (const [label, url] of site.samples) console.log(`  ${label}\n    ${url}`);

if (screenshot) {
  await waitForReader(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot written to ${resolve(screenshot)}`);
  await context.close();
  await rm(profile, { recursive: true, force: true });
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
  await rm(profile, { recursive: true, force: true });
}

/** The README's screenshots: the reader in each theme, on a desktop and a 400 px window. */
async function readmeShots(dir: string) {
  mkdirSync(dir, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'fic-reader-shots-'));
  const context = await launchWithExtension(profile, true);
  const server = new PageServer(context);
  await server.start();
  server.serveFrom((url) => site.source(url));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    await sw.evaluate(`chrome.storage.local.set({ 'settings.theme': '${theme}' })`);
    for (let i = 0; i < 50; i++) {
      const css = await sw.evaluate(
        `chrome.scripting.getRegisteredContentScripts({ ids: ['fic-reader-cover'] }).then((s) => s[0]?.css?.[0] ?? '')`,
      );
      if (String(css).includes(`cover/${theme}`)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 860 }],
      ['narrow', { width: 400, height: 860 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(site.start);
      await waitForReader(page);
      await page.evaluate('document.fonts.ready.then(() => true)');
      await page.waitForTimeout(400);
      const file = join(dir, `reader-${theme}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
    }
  }
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

/**
 * Waits for the reader to have painted and rendered the work. Its shadow root is closed in the
 * build that ships, so the demo goes by the reader's own performance marks.
 */
async function waitForReader(page: Page) {
  await page.waitForFunction(`performance.getEntriesByName('fic-reader:ready').length > 0`, null, {
    timeout: 30_000,
  });
}
