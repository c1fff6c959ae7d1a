import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractPage } from '../lib/sites/extract-page';
import { loadPage } from './lib/jsdom-page';

/** `npm run extract -- PAGE.html --url URL`: prints what Fic Reader reads from a saved page. */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' } },
});
const [file] = positionals;
if (!file || !values.url) {
  console.error(
    'usage: npm run extract -- PAGE.html --url URL   (URL: the address the page was saved from)',
  );
  process.exit(2);
}
const dom = await loadPage(readFileSync(file, 'utf8'), values.url);
console.log(JSON.stringify(extractPage(dom.window.document, new URL(values.url)), null, 2));
dom.window.close();
