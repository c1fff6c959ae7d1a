import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/values';
import { DEFAULT_HIGHLIGHT_NAMES, highlightColorNames } from './colors';
import {
  csvField,
  highlightsJson,
  highlightsMarkdown,
  highlightsReadwiseCsv,
  quoteText,
  type ExportItem,
} from './export-formats';

const work = {
  title: 'The Lighthouse Keeper',
  authors: ['quietharbour', 'saltmarsh'],
  url: 'https://archiveofourown.org/works/1851',
};
const item = (over: Partial<ExportItem> = {}): ExportItem => ({
  quote: 'The glass at the top was cold.',
  note: '',
  color: 'c1',
  colorName: 'favourite',
  chapter: '2. The Seventh Boat',
  url: 'https://archiveofourown.org/works/1851/chapters/11',
  createdAt: Date.UTC(2025, 0, 2),
  ...over,
});

describe('highlight exports', () => {
  it('Markdown: quote, colour name, chapter heading and link, note; the text stays text', () => {
    const md = highlightsMarkdown(work, [
      item({ note: 'the cold <img src=x onerror=alert(1)>' }),
      item({ quote: '# not a heading\n- nor a list', colorName: 'funny', chapter: '3. Night' }),
    ]);
    expect(md).toBe(
      [
        '# The Lighthouse Keeper',
        '',
        'by quietharbour, saltmarsh · <https://archiveofourown.org/works/1851>',
        '',
        '## 2\\. The Seventh Boat',
        '',
        '> The glass at the top was cold.',
        '',
        '*favourite* · <https://archiveofourown.org/works/1851/chapters/11>',
        '',
        'Note: the cold \\<img src=x onerror=alert(1)\\>',
        '',
        '## 3\\. Night',
        '',
        '> \\# not a heading',
        '> \\- nor a list',
        '',
        '*funny* · <https://archiveofourown.org/works/1851/chapters/11>',
        '',
      ].join('\n'),
    );
  });

  it('JSON: every field, colours by slot and name, in text order', () => {
    const parsed = JSON.parse(highlightsJson(work, [item({ note: 'n' })], Date.UTC(2025, 5, 1)));
    expect(parsed).toEqual({
      format: 'fic-reader-highlights',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      work,
      highlights: [
        {
          text: 'The glass at the top was cold.',
          note: 'n',
          color: 'c1',
          colorName: 'favourite',
          chapter: '2. The Seventh Boat',
          url: 'https://archiveofourown.org/works/1851/chapters/11',
          location: 1,
          createdAt: '2025-01-02T00:00:00.000Z',
        },
      ],
    });
  });

  it('Readwise CSV: the header it reads, quotes doubled, commas and line breaks kept inside fields', () => {
    const csv = highlightsReadwiseCsv(work, [
      item({ quote: '"You could go to bed," said her brother.', note: 'a, b\nc' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      '"Highlight","Title","Author","URL","Note","Location"',
      '"""You could go to bed,"" said her brother.","The Lighthouse Keeper","quietharbour, saltmarsh","https://archiveofourown.org/works/1851/chapters/11","a, b\nc","1"',
      '',
    ]);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('copies a quote as plain text with title, authors, chapter and link', () => {
    expect(quoteText(work, item())).toBe(
      '“The glass at the top was cold.”\n— The Lighthouse Keeper, by quietharbour, saltmarsh, 2. The Seventh Boat\nhttps://archiveofourown.org/works/1851/chapters/11\n',
    );
  });

  it('names colours from the setting when present, else the defaults', () => {
    expect(highlightColorNames(DEFAULT_SETTINGS)).toEqual(DEFAULT_HIGHLIGHT_NAMES);
    // Stored by an older version or edited by hand: only sound names count.
    const names = { c2: ' lol ', c3: '', c9: 'x' } as unknown as Settings['highlightNames'];
    const renamed = { ...DEFAULT_SETTINGS, highlightNames: names };
    expect(highlightColorNames(renamed)).toEqual({ ...DEFAULT_HIGHLIGHT_NAMES, c2: 'lol' });
  });
});
