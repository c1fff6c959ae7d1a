import { describe, expect, it } from 'vitest';
import type { LibraryRow } from '@/lib/messaging/requests/library-rows';
import { makeRow } from '../testing/make-row';
import { facets, filterEntries, sortEntries, toEntry, type WorkFilter } from './filter-works';

const ALL: WorkFilter = { query: '', status: '', fandom: '', site: '' };
const entries = [
  toEntry(makeRow({ workId: '1', title: 'Moby-Dick', words: 200_000, lastOpenedAt: 3 })),
  toEntry(
    makeRow({
      workId: '2',
      title: 'Pokémon Ranger',
      fandoms: ['Pokémon'],
      tags: ['comfort read'],
      lastOpenedAt: 2,
      status: 'finished',
    }),
  ),
  toEntry(
    makeRow(
      { workId: '3', title: 'Typee', site: 'ffnet', words: 90_000, lastOpenedAt: 1 },
      'The whale surfaced.\nmy note: foreshadowing!',
    ),
  ),
];
const keys = (list: { row: LibraryRow }[]) => list.map((e) => e.row.work.workId);

describe('filterEntries', () => {
  it.each([
    ['title', 'typee', ['3']],
    ['author', 'melville', ['1', '2', '3']],
    ['fandom, accents folded', 'pokemon', ['2']],
    ['the reader’s tags', 'comfort', ['2']],
    ['highlighted text', 'surfaced', ['3']],
    ['notes', 'foreshadowing', ['3']],
    ['every word, in any order', 'whale typee', ['3']],
    ['nothing', 'zzz', []],
  ])('finds by %s', (_what, query, expected) => {
    expect(keys(filterEntries(entries, { ...ALL, query }))).toEqual(expected);
  });

  it('filters by status, fandom and site', () => {
    expect(keys(filterEntries(entries, { ...ALL, status: 'finished' }))).toEqual(['2']);
    expect(keys(filterEntries(entries, { ...ALL, fandom: 'Moby-Dick' }))).toEqual(['1', '3']);
    expect(keys(filterEntries(entries, { ...ALL, site: 'ffnet' }))).toEqual(['3']);
  });
});

describe('sortEntries', () => {
  it.each([
    ['last-read', ['1', '2', '3']],
    ['title', ['1', '2', '3']],
    ['words', ['1', '3', '2']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(keys(sortEntries([...entries].reverse(), sort))).toEqual(expected);
  });
});

describe('facets', () => {
  it('ranks fandoms and sites by how many works', () => {
    expect(facets(entries)).toEqual({
      fandoms: [
        ['Moby-Dick', 2],
        ['Pokémon', 1],
      ],
      sites: [
        ['ao3', 2],
        ['ffnet', 1],
      ],
    });
  });
});
