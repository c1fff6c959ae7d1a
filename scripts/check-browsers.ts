import { existsSync } from 'node:fs';

/**
 * The browsers the tests drive are Debian's own packages (nothing here downloads a browser).
 * Says clearly which package is missing rather than letting a test fail obscurely.
 */
export function missingBrowsers(): string[] {
  const missing: string[] = [];
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(chrome)) {
    missing.push(
      `Chromium is not installed (looked for ${chrome}): install Debian's 'chromium' package ` +
        `(sudo apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  if (!existsSync(firefox)) {
    missing.push(
      `Firefox ESR is not installed (looked for ${firefox}): install Debian's 'firefox-esr' package ` +
        `(sudo apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingBrowsers();
  for (const line of missing) console.error(line);
  process.exit(missing.length > 0 ? 1 : 0);
}
