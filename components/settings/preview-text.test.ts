import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@/lib/backup/port-protocol';
import { previewSentence } from './preview-text';

const zero = { added: 0, updated: 0, removed: 0 };
const preview = (over: Partial<ImportPreview['counts']>): ImportPreview => ({
  counts: {
    works: zero,
    progress: zero,
    chapters: zero,
    highlights: zero,
    activity: zero,
    tombstones: zero,
    ...over,
  },
  deletedHere: 0,
  orphans: 0,
  unchanged: false,
});

describe('previewSentence', () => {
  it('says what will change, most important first', () => {
    expect(
      previewSentence(
        preview({
          works: { added: 12, updated: 40, removed: 0 },
          highlights: { added: 3, updated: 0, removed: 0 },
        }),
      ),
    ).toBe('12 works added, 40 updated, 3 highlights added.');
    expect(previewSentence(preview({ highlights: { added: 1, updated: 0, removed: 2 } }))).toBe(
      '1 highlight added, 2 removed.',
    );
  });

  it('says when there is nothing to do', () => {
    expect(previewSentence({ ...preview({}), unchanged: true })).toMatch(/^Nothing to change/);
  });
});
