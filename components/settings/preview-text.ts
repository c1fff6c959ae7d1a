import type { ImportPreview, StoreCounts } from '@/lib/backup/port-protocol';

const count = (n: number) => n.toLocaleString('en-GB');

/** "12 works added, 40 updated": the noun once, on the first number. */
function part(counts: StoreCounts, one: string, many = `${one}s`): string[] {
  const out: string[] = [];
  for (const verb of ['added', 'updated', 'removed'] as const) {
    const n = counts[verb];
    if (!n) continue;
    out.push(
      out.length === 0 ? `${count(n)} ${n === 1 ? one : many} ${verb}` : `${count(n)} ${verb}`,
    );
  }
  return out;
}

/** What an import will do, in a sentence: "12 works added, 40 updated, 3 highlights added." */
export function previewSentence(preview: ImportPreview): string {
  if (preview.unchanged)
    return 'Nothing to change: your library already holds everything in this backup.';
  const { works, highlights, chapters, progress, activity } = preview.counts;
  const parts = [
    ...part(works, 'work'),
    ...part(highlights, 'highlight'),
    ...part(chapters, 'chapter'),
    ...part(progress, 'reading position'),
    ...part(activity, 'day of reading', 'days of reading'),
  ];
  return parts.length
    ? `${parts.join(', ')}.`
    : 'Only deletions recorded in the backup will be added.';
}
