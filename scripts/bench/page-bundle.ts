import { build } from 'esbuild';

/**
 * Bundles code for a benchmark page: our extractor and Mozilla Readability, exposed on
 * window.__bench, injected into the page under test (the same code the extension ships).
 */
export async function benchBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { Readability } from '@mozilla/readability';
        import { extractPage } from './lib/sites/extract-page';
        window.__bench = { Readability, extractPage };
      `,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}
