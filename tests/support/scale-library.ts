import type { WorkSeed } from './library-data';

const FANDOMS = [
  'Moby-Dick - Herman Melville',
  'Pride and Prejudice - Jane Austen',
  'Sherlock Holmes - Arthur Conan Doyle',
  'Alice in Wonderland',
  'Little Women',
  'The Odyssey - Homer',
  'Frankenstein - Mary Shelley',
  'Jane Eyre - Charlotte Brontë',
];
const WORDS =
  'sea whale tea letter storm garden ghost rabbit orchard harbour lantern winter ship crown'.split(
    ' ',
  );
const LINES = [
  'It was the best of times, it was the worst of times, it was the age of wisdom.',
  'There is nothing like the sea to tell you how small your worries are, and how old.',
  'She folded the letter twice and put it in the pocket nearest her heart.',
  'The lantern swung, and for a moment every shadow in the cabin leaned the other way.',
  'Nobody in the house had ever said the word aloud, and nobody would tonight.',
];

/** A deterministic pseudo-random sequence (the same library every run). */
function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** `works` works with `highlights` highlights in all, for the scale benchmark. */
export function scaleLibrary(works = 10_000, highlights = 50_000): WorkSeed[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const perWork = Math.floor(highlights / works);
  return Array.from({ length: works }, (_, i) => {
    const chapters = 1 + Math.floor(next() * 12);
    const at = Math.floor(next() * chapters);
    return {
      site: pick(['ao3', 'ao3', 'ffnet', 'royalroad'] as const),
      workId: String(100_000 + i),
      title: `The ${pick(WORDS)} and the ${pick(WORDS)} ${i}`,
      author: `writer${Math.floor(next() * 2000)}`,
      fandoms: [pick(FANDOMS)],
      chapters,
      at,
      fraction: (at + 0.5) / chapters,
      wordsPerChapter: 1000 + Math.floor(next() * 5000),
      tags: next() < 0.3 ? [pick(['comfort read', 'slow burn', 'reread', 'angst'])] : [],
      highlights: Array.from({ length: perWork }, (_, h) => [
        `${pick(LINES)} (${i}.${h})`,
        pick(['c1', 'c2', 'c3', 'c4', 'c5'] as const),
        next() < 0.3 ? `note about ${pick(WORDS)} number ${h}` : '',
      ]),
      daysAgo: Math.floor(next() * 700),
      minutes: 5 + Math.floor(next() * 200),
      ...(at === chapters - 1 && next() < 0.5 ? { finished: true } : {}),
    } satisfies WorkSeed;
  });
}
