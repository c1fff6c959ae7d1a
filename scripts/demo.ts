import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoSite } from '../tests/pages/demo-site';
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
  },
});

if (!values['no-build']) {
  const build = spawnSync('wxt', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = demoSite();
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
console.log('Other sample works:');
for (const url of site.urls.filter((u) => !/chapters\/\d{7}$|\/[2-9]\/|\/1[0-9]\//.test(u)))
  console.log(`  ${url}`);

if (screenshot) {
  await page.getByTestId('reader').waitFor({ state: 'visible', timeout: 20_000 });
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
