import { parseArgs } from 'node:util';

/**
 * The demo's command line, as a pure function so it can be tested without a browser: what to
 * do, or the usage, or a clear error (never a stack trace, never a 30 s wait for a page the demo
 * cannot serve).
 */

/** What the demo was asked to do. */
export interface DemoOptions {
  /** Write a screenshot here and close (headless). */
  screenshot?: string;
  /** The page to open first: one the demo serves. */
  url?: string;
  /** Build the extension first (off with --no-build). */
  build: boolean;
  /** Write the README's screenshots into this folder. */
  readmeShots?: string;
}

/** The outcome of reading the command line. */
export type DemoArgs =
  | { kind: 'run'; options: DemoOptions }
  | { kind: 'help'; text: string }
  | { kind: 'error'; message: string };

/** What the parser needs to know about the sample site. */
export interface DemoSiteIndex {
  /** True for an address the demo serves a page at. */
  serves(url: string): boolean;
  /** Good places to start: [label, url]. */
  samples: readonly (readonly [string, string])[];
}

/** The usage text, with the sample addresses. */
export function demoUsage(site: DemoSiteIndex): string {
  return [
    'Usage: npm run demo -- [options]',
    '',
    'Builds Fic Reader, serves sample works at their real archive addresses (no network) and opens',
    'Chromium with the extension loaded. Without a display it runs headless and writes a',
    'screenshot to .output/demo.png.',
    '',
    'Options:',
    '  --url URL              open this sample page first (one of those below)',
    '  --screenshot FILE      run headless, write a screenshot of the reader to FILE, and close',
    '  --no-build             use the build already in .output/chrome-mv3',
    "  --readme-shots DIR     write the README's screenshots (every theme, desktop and 400 px)",
    '  -h, --help             show this help',
    '',
    'Sample pages:',
    ...samplesList(site),
  ].join('\n');
}

function samplesList(site: DemoSiteIndex): string[] {
  return site.samples.flatMap(([label, url]) => [`  ${label}`, `    ${url}`]);
}

/** Reads the demo's arguments (`process.argv.slice(2)`). */
export function parseDemoArgs(argv: readonly string[], site: DemoSiteIndex): DemoArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        screenshot: { type: 'string' },
        url: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'readme-shots': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // Node's messages name the option ("Unknown option '--foo'"); keep them, drop the stack.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      kind: 'error',
      message: `npm run demo: ${reason}\nRun "npm run demo -- --help" for the options.`,
    };
  }
  if (values.help) return { kind: 'help', text: demoUsage(site) };
  const url = values.url as string | undefined;
  if (url !== undefined && !site.serves(url)) {
    return {
      kind: 'error',
      message: [
        `npm run demo: the demo serves no page at ${url || '(empty)'}.`,
        'It serves only its sample works, at their real addresses; start from one of these:',
        ...samplesList(site),
      ].join('\n'),
    };
  }
  for (const name of ['screenshot', 'readme-shots'] as const) {
    if (values[name] === '') {
      return { kind: 'error', message: `npm run demo: --${name} needs a file or folder name.` };
    }
  }
  return {
    kind: 'run',
    options: {
      build: !values['no-build'],
      ...(url !== undefined ? { url } : {}),
      ...(typeof values.screenshot === 'string' ? { screenshot: values.screenshot } : {}),
      ...(typeof values['readme-shots'] === 'string'
        ? { readmeShots: values['readme-shots'] }
        : {}),
    },
  };
}
