import { chromium, type BrowserContext } from '@playwright/test';
import { resolve } from 'node:path';

/**
 * Real Chromium with the built extension loaded, and saved pages served at their real URLs
 * through context.route: shared by the end-to-end tests, the demo and the benchmarks.
 */

/** The built Chrome extension (npm run build): what ships, its shadow root closed. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** Debian's Chromium unless CHROME_PATH says otherwise. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with the extension; BOTH flags are needed (Playwright adds --disable-extensions). */
export async function launchWithExtension(
  userDataDir: string,
  headless = true,
  extension = EXTENSION_DIR,
) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...CHROMIUM_ARGS,
    ],
  });
}

/** Builds a page on demand for a URL it knows, or returns undefined. */
export type PageSource = (url: URL) => string | undefined;

/** Serves pages at their real URLs; every other http(s) request gets an empty 404, never the network. */
export class PageServer {
  private readonly pages = new Map<string, { body: string; status: number }>();
  private readonly sources: PageSource[] = [];
  constructor(private readonly context: BrowserContext) {}

  async start() {
    await this.context.route(/^https?:\/\//, (route) => {
      const url = new URL(route.request().url());
      url.hash = '';
      const built = this.sources.map((source) => source(url)).find((body) => body !== undefined);
      const page =
        this.pages.get(url.href) ??
        (built === undefined ? undefined : { body: built, status: 200 });
      if (page) {
        return route.fulfill({
          status: page.status,
          contentType: 'text/html; charset=utf-8',
          body: page.body,
        });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    });
  }

  /** Serves `body` at `url` (the fragment is ignored, as by a server). */
  serve(url: string, body: string, status = 200) {
    const key = new URL(url);
    key.hash = '';
    this.pages.set(key.href, { body, status });
    return url;
  }

  /** Serves whatever `source` builds for a URL (a whole sample site, generated lazily). */
  serveFrom(source: PageSource) {
    this.sources.push(source);
  }
}
