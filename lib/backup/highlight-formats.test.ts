import { describe, expect, it } from 'vitest';
import type { HighlightGroup } from '../messaging/requests/library-highlight-groups';
import { makeHighlightInput } from '../progress/testing/make';
import { DEFAULT_HIGHLIGHT_NAMES } from '../settings/highlight-names';
import {
  highlightsToJson,
  highlightsToMarkdown,
  highlightsToReadwiseCsv,
} from './highlight-formats';

function view(id: string, exact: string, note = '', color = 'c1' as const) {
  const input = makeHighlightInput({
    id,
    color,
    note,
    anchor: { ...makeHighlightInput().anchor, exact },
  });
  return {
    ...input,
    work: 'ao3:1',
    chapterId: 'ch1',
    createdAt: Date.UTC(2025, 0, 2),
    updatedAt: 0,
  };
}

const groups: HighlightGroup[] = [
  {
    key: 'ao3:1',
    title: 'The "Whale" & <Me>',
    authors: ['Herman Melville', 'Anon'],
    fandoms: ['Moby-Dick'],
    url: 'https://archiveofourown.org/works/1',
    lastUrl: 'https://archiveofourown.org/works/1/chapters/2',
    highlights: [
      view('a', 'Call me "Ishmael".', 'line, one'),
      view('b', 'Two\nlines', '', 'c3' as never),
    ],
  },
];

describe('highlight exports', () => {
  it('writes Readwise CSV: the columns it reads, every field quoted, quotes doubled', () => {
    const csv = highlightsToReadwiseCsv(groups);
    expect(csv.split('\r\n')).toEqual([
      '"Highlight","Title","Author","URL","Note","Location"',
      '"Call me ""Ishmael"".","The ""Whale"" & <Me>","Herman Melville, Anon","https://archiveofourown.org/works/1","line, one","1"',
      '"Two\nlines","The ""Whale"" & <Me>","Herman Melville, Anon","https://archiveofourown.org/works/1","","2"',
      '',
    ]);
  });

  it('writes Markdown with the text escaped, each highlight quoted with its colour name and note', () => {
    const text = highlightsToMarkdown(groups, DEFAULT_HIGHLIGHT_NAMES);
    expect(text).toContain('## The "Whale" & \\<Me\\>');
    expect(text).toContain('> Call me "Ishmael".\n\n— *favourite*: line, one');
    expect(text).toContain('> Two\n> lines\n\n— *heartbreaking*');
  });

  it('writes JSON with colours by name and places in text order', () => {
    const json = JSON.parse(
      highlightsToJson(groups, DEFAULT_HIGHLIGHT_NAMES, Date.UTC(2025, 1, 1)),
    );
    expect(json).toMatchObject({ format: 'fic-reader-highlights', version: 1 });
    expect(json.works[0].highlights).toEqual([
      {
        text: 'Call me "Ishmael".',
        note: 'line, one',
        colour: 'favourite',
        chapterId: 'ch1',
        location: 1,
        createdAt: '2025-01-02T00:00:00.000Z',
      },
      {
        text: 'Two\nlines',
        note: '',
        colour: 'heartbreaking',
        chapterId: 'ch1',
        location: 2,
        createdAt: '2025-01-02T00:00:00.000Z',
      },
    ]);
  });
});
