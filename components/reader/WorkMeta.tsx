import { formatMinutes, formatWords, minutesToRead } from '@/lib/reader/reading-time';
import type { Link, SeriesRef, Story } from '@/lib/sites/types';

/** Names with their links on the site, comma-separated (creators, fandoms). */
export function Names({ links }: { links: Link[] }) {
  return (
    <>
      {links.map((link, i) => (
        <span key={link.name}>
          {i > 0 && ', '}
          {link.url ? (
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.name}
            </a>
          ) : (
            link.name
          )}
        </span>
      ))}
    </>
  );
}

/** "Part 11 of X · Part 8 of Y": each series the work is in, set apart. */
export function SeriesLine({ series }: { series: SeriesRef[] }) {
  if (series.length === 0) return null;
  return (
    <p class="fr-meta-line" data-testid="series">
      {series.map((s, i) => (
        <span key={s.title} class="fr-series">
          {i > 0 && <span aria-hidden="true"> · </span>}
          {s.part ? `Part ${s.part} of ` : 'Series: '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
        </span>
      ))}
    </p>
  );
}

/** "12,300 words · 49 min · Chapters 2/3 · In progress · Updated 2024-05-01". */
export function workStats(story: Story, wpm: number): string {
  return [
    story.words
      ? `${formatWords(story.words)} · ${formatMinutes(minutesToRead(story.words, wpm))}`
      : '',
    story.chapterCount ? `Chapters ${story.chapterCount}` : '',
    story.status === 'complete' ? 'Complete' : story.status === 'in-progress' ? 'In progress' : '',
    story.updated
      ? `Updated ${story.updated}`
      : story.published
        ? `Published ${story.published}`
        : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
