import { esc, paras } from './html';
import { mobyDick, OWN_TEXT, paragraphsOfWords } from './text';
import type { Ao3WorkSpec } from './ao3/work-page';
import type { FfnStorySpec } from './ffnet';

/**
 * The works our tests, demo and benchmarks open. All text is public domain (Moby-Dick) or written
 * for the project; the markup around it comes from the page builders.
 */

const MELVILLE = [{ pseud: 'Herman Melville', user: 'hmelville' }];

/** A one-shot written for the project: a single-chapter AO3 work. */
export function lighthouseWork(): Ao3WorkSpec {
  return {
    id: 900001,
    title: 'The Lighthouse Keeper',
    authors: [{ pseud: 'quietharbour' }],
    rating: 'General Audiences',
    warnings: ['No Archive Warnings Apply'],
    categories: ['Gen'],
    fandoms: ['Original Work'],
    relationships: [],
    characters: ['Lighthouse Keeper', 'Her Brother'],
    freeforms: ['Sea', 'Waiting', 'Found Family'],
    summary: '<p>Seven boats went out. The keeper counts them home.</p>',
    notes: '<p>Written for a prompt about lamps.</p>',
    published: '2024-03-12',
    complete: true,
    chapters: [
      { id: 1900001, body: `${paras(OWN_TEXT.harbour)}\n<hr />\n${paras(OWN_TEXT.letters)}` },
    ],
    kudos: 40,
  };
}

/** Moby-Dick as a multi-chapter AO3 work: the first `count` chapters, 135 for the whole novel. */
export function mobyDickWork(count = 6, opts: { complete?: boolean } = {}): Ao3WorkSpec {
  const chapters = mobyDick().slice(0, count);
  return {
    id: 1851,
    title: 'Moby-Dick; or, The Whale',
    authors: MELVILLE,
    rating: 'Teen And Up Audiences',
    warnings: ['Graphic Depictions Of Violence'],
    categories: ['Gen'],
    fandoms: ['Moby-Dick - Herman Melville'],
    relationships: ['Ishmael & Queequeg'],
    characters: ['Ishmael', 'Queequeg', 'Ahab', 'Starbuck'],
    freeforms: ['Whaling', 'Sea Voyages', 'Obsession'],
    language: { code: 'en', name: 'English' },
    series: { id: 18510, title: 'Tales of the Sea', part: 1 },
    summary:
      '<p>Call me Ishmael. A sailor signs on with a whaling ship whose captain hunts one whale above all.</p>',
    notes: '<p>First published in 1851. Public domain.</p>',
    endNotes: '<p>Thank you for reading all the way to the end.</p>',
    published: '1851-10-18',
    updated: '1851-11-14',
    complete: opts.complete ?? count === 135,
    plannedChapters: count === 135 ? 135 : null,
    chapters: chapters.map((c, i) => ({
      id: 1851000 + c.number,
      title: c.title,
      ...(i === 1 ? { summary: `<p>${esc('Ishmael sets out for Nantucket.')}</p>` } : {}),
      ...(i % 2 === 0 ? { notes: `<p>${esc(`Chapter ${c.number} of the novel.`)}</p>` } : {}),
      ...(i === 0 ? { endNotes: '<p>The voyage begins next chapter.</p>' } : {}),
      body: paras(c.paragraphs),
    })),
    kudos: 120,
  };
}

/** A generated AO3 work of at least `words` words in `chapterCount` chapters (benchmarks). */
export function generatedWork(words: number, chapterCount: number): Ao3WorkSpec {
  const per = Math.ceil(words / chapterCount);
  return {
    ...mobyDickWork(1),
    id: 500000 + Math.round(words / 1000),
    title: `A Long Voyage (${Math.round(words / 1000)}k words)`,
    chapters: Array.from({ length: chapterCount }, (_, i) => ({
      id: 2000000 + i,
      title: `Leg ${i + 1} of the voyage`,
      ...(i % 3 === 0 ? { notes: '<p>Author&#39;s note: thank you for the comments!</p>' } : {}),
      body: paras(paragraphsOfWords(per, i * 37)),
    })),
    complete: true,
    plannedChapters: chapterCount,
  };
}

/**
 * Moby-Dick posted chapter by chapter on FanFiction.Net, with the author's notes written into the
 * text the way FFN authors do: an "A/N" and a disclaimer above a rule, a closing note below one.
 */
export function mobyDickFfn(count = 3, site: 'ffnet' | 'fictionpress' = 'ffnet'): FfnStorySpec {
  const chapters = mobyDick().slice(0, count);
  const words = chapters.reduce((n, c) => n + c.paragraphs.join(' ').split(/\s+/).length, 0);
  return {
    site,
    id: 1851001,
    slug: 'Moby-Dick',
    title: 'Moby-Dick',
    author: { id: 1819, name: 'HMelville' },
    summary: 'Call me Ishmael. A sailor, a harpooneer and a captain who hunts one whale above all.',
    category:
      site === 'ffnet' ? { name: 'Books', path: '/book/' } : { name: 'Fiction', path: '/fiction/' },
    fandom:
      site === 'ffnet'
        ? { name: 'Moby Dick', path: '/book/Moby-Dick/' }
        : { name: 'Adventure', path: '/fiction/Adventure/' },
    rating: 'T',
    language: 'English',
    genre: 'Adventure/Drama',
    characters: 'Ishmael, Queequeg',
    words,
    reviews: 42,
    published: 1009843200,
    updated: 1012521600,
    complete: false,
    chapters: chapters.map((c, i) => ({
      title: c.title,
      body:
        i === 0
          ? [
              '<p><strong>A/N:</strong> Thank you all for the reviews on my other stories! This one is a long voyage, so settle in.</p>',
              '<p><em>Disclaimer: I do not own Moby-Dick. Herman Melville does.</em></p>',
              '<p>___________________________________________</p>',
              paras(c.paragraphs),
              '<p>___________________________________________</p>',
              '<p>Thanks for reading! Please review, it makes my day. Chapter two is already with my beta.</p>',
            ].join('\n')
          : paras(c.paragraphs),
    })),
  };
}
