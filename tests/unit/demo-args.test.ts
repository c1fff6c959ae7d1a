import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../scripts/demo/args';

const SAMPLE = 'https://archiveofourown.org/works/1851/chapters/1';
const site = {
  serves: (url: string) => url === SAMPLE,
  samples: [['Moby-Dick on AO3', SAMPLE]] as const,
};

describe('parseDemoArgs', () => {
  it.each([
    [[], { build: true }],
    [['--no-build'], { build: false }],
    [
      ['--url', SAMPLE, '--screenshot', 'out.png'],
      { build: true, url: SAMPLE, screenshot: 'out.png' },
    ],
    [['--readme-shots', 'docs/shots'], { build: true, readmeShots: 'docs/shots' }],
  ])('reads %j', (argv, options) => {
    expect(parseDemoArgs(argv, site)).toEqual({ kind: 'run', options });
  });

  it.each([['--help'], ['-h'], ['--url', 'nope', '--help']])(
    'answers %j with the usage',
    (...argv) => {
      const result = parseDemoArgs(argv, site);
      expect(result.kind).toBe('help');
      if (result.kind === 'help') {
        expect(result.text).toMatch(/^Usage: npm run demo -- \[options\]/);
        for (const option of [
          '--url URL',
          '--screenshot FILE',
          '--no-build',
          '--readme-shots DIR',
        ]) {
          expect(result.text).toContain(option);
        }
        expect(result.text).toContain(SAMPLE);
      }
    },
  );

  it.each([
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--url'], /--url/],
    [['stray'], /stray/],
    [['--screenshot='], /--screenshot needs/],
    [
      ['--url', 'https://archiveofourown.org/works/9'],
      /serves no page at https:\/\/archiveofourown\.org\/works\/9/,
    ],
    [['--url', 'not a url'], /serves no page at not a url/],
  ])('refuses %j with a clear message', (argv, message) => {
    const result = parseDemoArgs(argv, site);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') {
      expect(result.message).toMatch(message);
      expect(result.message).not.toMatch(/\n\s+at /);
    }
  });

  it('lists the sample pages when it refuses an address', () => {
    const result = parseDemoArgs(['--url', 'https://example.org/'], site);
    expect(result.kind === 'error' && result.message).toContain(SAMPLE);
  });
});

describe('npm run demo (the script itself, no browser)', { timeout: 30_000 }, () => {
  // Answers come before the build and the browser: these must return within seconds.
  const demo = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...argv], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, DISPLAY: '' },
    });

  it('prints its usage for --help and exits 0', () => {
    const run = demo('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run demo/);
    expect(run.stdout).toContain('https://www.royalroad.com/fiction/');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it.each([
    [['--colour'], /Unknown option '--colour'/],
    [
      ['--url', 'https://archiveofourown.org/works/424242'],
      /serves no page at .*\n.*start from one of these/,
    ],
  ])('refuses %j at once, without a stack trace, and exits 2', (argv, message) => {
    const started = Date.now();
    const run = demo(...argv);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
