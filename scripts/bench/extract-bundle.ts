import { build } from 'esbuild';

/** Our extractor and Mozilla Readability, bundled for the page under test (window.__extract). */
export async function extractBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
        import { extractPage } from './lib/sites/extract-page';
        window.__extract = { Readability, extractPage };`,
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
