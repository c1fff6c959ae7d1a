import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { PageMap } from '../lib/content/page-reading/page-map';
import { StoryTexts } from '../lib/content/page-reading/story-texts';
import { extractPage } from '../lib/sites/extract-page';
import type { Extraction, Story } from '../lib/sites/types';
import { loadPage } from './lib/jsdom-page';

/**
 * `npm run corpus -- DIR`: runs every page listed in DIR/MANIFEST.tsv (tab-separated; columns
 * file, page_kind, url, ...) through detection and extraction in jsdom, prints one line per page
 * and a summary, and exits non-zero if any page is misread. Rows of kind `expected-output` are
 * reference extractions (AO3.js snapshots): the matching page's text must agree with them.
 */

const STORY_KINDS = new Set(['chapter', 'single-chapter', 'entire-work']);
// The reasons a "not a story" answer may give for each kind of page.
const REASONS: Record<string, string[]> = {
  interstitial: ['login-wall', 'adult-gate'],
  listing: ['listing'],
  index: ['index'],
  'non-fic': ['not-found', 'unknown', 'listing'],
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { report: { type: 'string' } },
});
const dir = positionals[0] ?? '../shared/fixtures';
const manifestPath = join(dir, 'MANIFEST.tsv');
if (!existsSync(manifestPath)) {
  console.error(`corpus: no ${manifestPath}`);
  process.exit(2);
}

const [header, ...lines] = readFileSync(manifestPath, 'utf8').trim().split('\n');
const columns = header!.split('\t');
const rows = lines.map((line) => {
  const cells = line.split('\t');
  return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as Record<string, string>;
});

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
// Block boundaries become spaces, so adjacent paragraphs do not run together.
const htmlText = (html: string) =>
  normalize(
    JSDOM.fragment(`<div>${html.replace(/<(p|br|div|hr|li|h\d|blockquote)\b/gi, ' <$1')}</div>`)
      .textContent ?? '',
  );

/**
 * Share of the reference text found in ours. Whitespace is ignored (the references are
 * pretty-printed, with spaces added around inline tags) and the reference is compared in
 * 24-character pieces, so one difference costs only the pieces it touches.
 */
function agreement(ours: string, reference: string): number {
  const a = ours.replace(/\s+/g, '');
  const b = reference.replace(/\s+/g, '');
  if (b.length === 0) return a.length === 0 ? 1 : 0;
  let found = 0;
  let pieces = 0;
  for (let i = 0; i < b.length; i += 24) {
    pieces++;
    if (a.includes(b.slice(i, i + 24))) found++;
  }
  return found / pieces;
}

const results = new Map<string, { extraction: Extraction }>();
let failures = 0;
let storiesOk = 0;
let notStoriesOk = 0;
let stories = 0;
let notStories = 0;
let pageBlocks = 0;
let pageBlocksFound = 0;
const out: string[] = [];

for (const row of rows.filter((r) => r.page_kind !== 'expected-output')) {
  const dom = await loadPage(readFileSync(join(dir, row.file!), 'utf8'), row.url!);
  const doc = dom.window.document;
  if (row.file!.includes('_modified_')) {
    // These captures were altered by the repository that saved them (MANIFEST notes): remove
    // the widgets it injected, which the real site never serves.
    for (const el of doc.querySelectorAll('[id^="ao3h"], [class*="ao3h"]')) el.remove();
  }
  const t0 = performance.now();
  const extraction = extractPage(doc, new URL(row.url!));
  const ms = performance.now() - t0;
  results.set(row.file!, { extraction });
  const wantStory = STORY_KINDS.has(row.page_kind!);
  let ok: boolean;
  let detail: string;
  if (wantStory) {
    stories++;
    if (extraction.kind === 'story') {
      const s = extraction.story;
      const words = s.chapters.reduce((n, c) => n + c.words, 0);
      const blocks = s.chapters.reduce((n, c) => n + c.blocks.length, 0);
      const checks = {
        title: s.title.length > 0,
        authors: s.authors.length > 0,
        text: blocks > 0 && words > 0,
      };
      // Progress on the site's own page (the reader switched off) finds every block with text
      // in the site's own paragraphs.
      const texts = new StoryTexts(s, (html) =>
        new dom.window.DOMParser().parseFromString(html, 'text/html'),
      );
      const onPage = PageMap.build(doc.body, s, texts).size;
      const withText = s.chapters.reduce(
        (n, c) => n + texts.all(c.id).filter((t) => t.trim().length > 0).length,
        0,
      );
      pageBlocks += withText;
      pageBlocksFound += Math.min(onPage, withText);
      ok = checks.title && checks.authors && checks.text && onPage >= withText;
      detail = `story "${s.title}" by ${s.authors.map((a) => a.name).join(', ') || '?'}; ${s.chapters.length} chapter(s), ${blocks} blocks, ${words} words; title ${checks.title ? 'yes' : 'NO'}, authors ${checks.authors ? 'yes' : 'NO'}, text ${checks.text ? 'yes' : 'NO'}; on the site's page ${onPage}/${withText} blocks`;
    } else {
      ok = false;
      detail = `NOT A STORY (${extraction.reason}: ${extraction.detail ?? ''})`;
    }
    if (ok) storiesOk++;
  } else {
    notStories++;
    ok =
      extraction.kind === 'not-story' &&
      (REASONS[row.page_kind!] ?? []).includes(extraction.reason);
    detail =
      extraction.kind === 'not-story'
        ? `not a story: ${extraction.reason}`
        : `READ AS A STORY ("${extraction.story.title}")`;
    if (ok) notStoriesOk++;
  }
  if (!ok) failures++;
  out.push(
    `${ok ? 'ok  ' : 'FAIL'} ${row.file!.padEnd(58)} ${row.page_kind!.padEnd(14)} ${ms.toFixed(0).padStart(4)} ms  ${detail}`,
  );
  dom.window.close();
}

// Reference extractions: our chapter text, summary and notes against AO3.js's snapshots.
let referencesOk = 0;
let references = 0;
for (const row of rows.filter((r) => r.page_kind === 'expected-output')) {
  const match = /ao3js_(\d+)_chapter-(\d+)-(content|summary|start-notes|end-notes)\.html$/.exec(
    row.file!,
  );
  if (!match) continue;
  const [, workId, chapterNumber, part] = match;
  const page =
    [...results.entries()].find(
      ([file, r]) =>
        r.extraction.kind === 'story' &&
        r.extraction.story.workId === workId &&
        /(_ch1|single-chapter|chapter_\d+_ch1)/.test(file) &&
        chapterNumber === '1',
    ) ??
    [...results.entries()].find(
      ([file, r]) =>
        r.extraction.kind === 'story' &&
        r.extraction.story.workId === workId &&
        file.includes(`_ch${chapterNumber}`),
    );
  if (!page) continue;
  references++;
  const story = (page[1].extraction as { story: Story }).story;
  const chapter = story.chapters[0]!;
  const expected = htmlText(readFileSync(join(dir, row.file!), 'utf8')).replace(
    /^Chapter Text /,
    '',
  );
  // AO3.js files a first chapter's work summary and notes under the chapter: try both.
  const candidates =
    part === 'content'
      ? [chapter.blocks.join(' ')]
      : part === 'summary'
        ? [chapter.summary, story.summary]
        : part === 'start-notes'
          ? [chapter.notesBefore, story.notes]
          : [chapter.notesAfter, story.endNotes];
  const score = Math.max(...candidates.map((html) => agreement(htmlText(html ?? ''), expected)));
  const ok = score >= 0.99;
  if (ok) referencesOk++;
  else failures++;
  out.push(
    `${ok ? 'ok  ' : 'FAIL'} ${row.file!.padEnd(58)} reference      ${(score * 100).toFixed(1)}% of its text found in ours (${page[0]})`,
  );
}

console.log(out.join('\n'));
console.log(
  `\nCorpus ${dir}: stories read ${storiesOk}/${stories} (title, authors and text found); ` +
    `not-stories recognised ${notStoriesOk}/${notStories}; reference extractions matched ${referencesOk}/${references}; ` +
    `blocks found on the site's own page ${pageBlocksFound}/${pageBlocks}.`,
);
console.log(
  failures === 0 ? 'Corpus check passed.' : `Corpus check FAILED: ${failures} page(s) misread.`,
);
if (values.report) {
  const summary = {
    stories,
    storiesOk,
    notStories,
    notStoriesOk,
    references,
    referencesOk,
    pageBlocks,
    pageBlocksFound,
    failures,
  };
  writeFileSync(values.report, JSON.stringify(summary, null, 2));
}
process.exit(failures === 0 ? 0 : 1);
