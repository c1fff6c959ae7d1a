import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { demoSite } from '../tests/pages/demo-site';
import type { Page } from '@playwright/test';
import { launchWithExtension, PageServer } from '../tests/support/browser';
import { parseDemoArgs } from './demo/args';
import { libraryShots } from './demo/library-shots';

/**
 * `npm run demo`: builds the extension, serves the sample works at their real archive URLs and
 * opens Chromium with Fic Reader loaded on the first one. `--screenshot FILE` (or no display, or
 * CI) runs headless and writes a screenshot instead of leaving a window open. `--help` lists the
 * options and the sample pages (scripts/demo/args.ts).
 */
const site = demoSite();
const args = parseDemoArgs(process.argv.slice(2), site);
if (args.kind === 'help') {
  console.log(args.text);
  process.exit(0);
}
if (args.kind === 'error') {
  console.error(args.message);
  process.exit(2);
}
const options = args.options;

if (options.build) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (options.readmeShots) {
  await readmeShots(options.readmeShots);
  process.exit(0);
}

// Headless runs without --screenshot write into the (ignored) build folder, not the repo root.
const DEFAULT_SCREENSHOT = join('.output', 'demo.png');
let screenshot = options.screenshot;
if (!screenshot && (process.env.CI || !process.env.DISPLAY)) {
  screenshot = DEFAULT_SCREENSHOT;
  console.log(`No display here: running headless and writing a screenshot to ${screenshot}.`);
}

const profile = await mkdtemp(join(tmpdir(), 'fic-reader-demo-'));
const context = await launchWithExtension(profile, Boolean(screenshot));
const server = new PageServer(context);
await server.start();
server.serveFrom((url) => site.source(url));

const page = context.pages()[0] ?? (await context.newPage());
const start = options.url ?? site.start;
await page.goto(start);
// A first install opens the welcome page in a tab of its own: the demo's page comes first.
await page.bringToFront();
console.log(`Fic Reader demo: opened ${start}`);
console.log('Sample works (their real URLs, served locally):');
for (const [label, url] of site.samples) console.log(`  ${label}\n    ${url}`);

if (screenshot) {
  try {
    await waitForReader(page);
  } catch (error) {
    console.error(`The reader did not open on ${start} within 30 s: no screenshot written.`);
    if (process.env.DEMO_DEBUG)
      console.error(
        error,
        page.frames().map((f) => f.url()),
      );
    await context.close();
    await rm(profile, { recursive: true, force: true });
    process.exit(1);
  }
  await page.waitForTimeout(500);
  mkdirSync(dirname(resolve(screenshot)), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot written to ${resolve(screenshot)}`);
  await context.close();
  await rm(profile, { recursive: true, force: true });
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
  await rm(profile, { recursive: true, force: true });
}

/**
 * The README's screenshots: the reader in each theme, on a desktop and a 400 px window, then the
 * popup and the library in light and dark over a sample library.
 */
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
  await page.close();
  // The popup's tab shows Moby-Dick at chapter 42, where the sample library left off.
  await libraryShots(context, sw, dir, 'https://archiveofourown.org/works/1851/chapters/1851042');
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

/**
 * Waits for the reader to have painted and rendered the work. The reader lives in a frame of the
 * extension's own and marks only its own timeline (the page learns nothing): the demo asks the
 * frame.
 */
async function waitForReader(page: Page) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => /\/reader\.html/.test(f.url()) && !f.isDetached());
    const ready = await frame
      ?.evaluate(`performance.getEntriesByName('fic-reader:ready').length > 0`)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the reader did not get ready within 30 s');
}
