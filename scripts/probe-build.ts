import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ao3WorkPage, ao3WorkUrl } from '../tests/pages/ao3/work-page';
import { mobyDickWork } from '../tests/pages/samples';
import { launchWithExtension, PageServer } from '../tests/support/browser';
import { PROBE_DRIVE, PROBE_LISTENERS, PROBE_READ, PROBE_RECORD } from '../tests/e2e/privacy-probe';

/**
 * `tsx scripts/probe-build.ts DIR`: runs issue 9's privacy probes (tests/e2e/privacy-probe.ts)
 * against any built extension and prints what the page learned. On the build that ships it
 * finds nothing (tests/e2e/privacy.spec.ts asserts it); on a weakened build (say, the reader in
 * a closed shadow root, from before issue 9) each probe should find something: that is the
 * proof that it can fail.
 */
const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
const work = mobyDickWork(3);
const view = { kind: 'chapter', index: 1 } as const;
const url = ao3WorkUrl(work, view);
const words = ['left in chapter', 'left in this chapter', 'Chapters', 'Fic Reader', 'Opened'];

const profile = await mkdtemp(join(tmpdir(), 'fic-reader-probe-'));
const context = await launchWithExtension(profile, true, dir);
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const server = new PageServer(context);
  await server.start();
  server.serve(url, ao3WorkPage(work, view));
  const page = await context.newPage();
  await page.addInitScript(PROBE_LISTENERS);
  await page.goto(url);
  await page.waitForTimeout(2500);
  const read = await page.evaluate(`(${PROBE_READ})(${JSON.stringify(words)})`);
  // Keys the reader has focus for, then select all and copy.
  for (const key of ['j', 'k', 'Control+A', 'Control+C']) await page.keyboard.press(key);
  const recorded = (await page.evaluate(PROBE_RECORD)) as {
    events: string[];
    messages: string[];
    copies: number;
  };
  const selection = await page.evaluate(() => getSelection()?.toString().length ?? 0);
  // The content script's entry name: 'ao3' now, 'reader' before the per-site scripts. A
  // synthetic key that turns the page ends this page's context: that is a finding too.
  for (const name of ['ao3', 'reader']) {
    await page
      .evaluate(`(${PROBE_DRIVE})(${JSON.stringify(extensionId)}, ${JSON.stringify(name)})`)
      .catch(() => undefined);
  }
  await page.waitForTimeout(800);
  const driven = {
    urlChanged: page.url() !== url,
    readerGone: !(await page
      .locator('fic-reader')
      .isVisible()
      .catch(() => false)),
  };
  console.log(
    JSON.stringify(
      {
        build: dir,
        read,
        keysSeen: recorded.events.length,
        keys: recorded.events.slice(0, 8),
        messagesWithId: recorded.messages.filter((m) => m.includes(extensionId)),
        copyEvents: recorded.copies,
        pageSelectionLength: selection,
        driven,
      },
      null,
      2,
    ),
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
