import { formatMinutes, formatWords, minutesToRead } from '@/lib/reader/reading-time';
import type { Link, Story } from '@/lib/sites/types';
import { Notes } from './Notes';
import { SafeHtml } from './SafeHtml';
import { TagChips } from './TagChips';

/** Props of WorkHeader. */
export interface WorkHeaderProps {
  story: Story;
  baseUrl: string;
  wpm: number;
  /** How many times the reader has opened this work (a re-read count, like AO3's history). */
  openCount?: number;
}

function Names({ links }: { links: Link[] }) {
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

/**
 * The work: title, creators, fandoms, rating and warnings (always visible), the other tags
 * folded away, the summary, and the work's notes (collapsed unless they warn).
 */
export function WorkHeader({ story, baseUrl, wpm, openCount }: WorkHeaderProps) {
  const otherTags: [string, Link[]][] = [
    ['Categories', story.categories],
    ['Relationships', story.relationships],
    ['Characters', story.characters],
    ['Additional tags', story.additionalTags],
  ];
  const tagCount = otherTags.reduce((n, [, tags]) => n + tags.length, 0);
  const stats = [
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
  ].filter(Boolean);
  return (
    <header class="fr-work" data-testid="work-header">
      <h1 class="fr-work-title" id="fr-work-title">
        {story.title}
      </h1>
      {story.authors.length > 0 && (
        <p class="fr-byline">
          by <Names links={story.authors} />
        </p>
      )}
      {story.fandoms.length > 0 && (
        <p class="fr-meta-line">
          <Names links={story.fandoms} />
        </p>
      )}
      <TagChips
        tags={[...(story.rating ? [story.rating] : []), ...story.warnings]}
        label="Rating and warnings"
        strong
      />
      {tagCount > 0 && (
        <details class="fr-details" data-testid="tags">
          <summary>Tags ({tagCount})</summary>
          <div class="fr-details-body">
            {otherTags.map(([label, tags]) =>
              tags.length === 0 ? null : (
                <div class="fr-tag-group" key={label}>
                  <h2>{label}</h2>
                  <TagChips tags={tags} label={label} />
                </div>
              ),
            )}
          </div>
        </details>
      )}
      {story.series.length > 0 && (
        <p class="fr-meta-line">
          {story.series.map((s) => (
            <span key={s.title}>
              {s.part ? `Part ${s.part} of ` : 'Series: '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}{' '}
            </span>
          ))}
        </p>
      )}
      {stats.length > 0 && <p class="fr-stats">{stats.join(' · ')}</p>}
      {openCount !== undefined && (
        <p class="fr-stats" data-testid="open-count" data-open-count={openCount}>
          {openCount === 1 ? 'First time in Fic Reader' : `Opened ${openCount} times in Fic Reader`}
        </p>
      )}
      {story.summary && (
        <section class="fr-summary" aria-labelledby="fr-summary-label">
          <h2 id="fr-summary-label">Summary</h2>
          <SafeHtml
            html={story.summary}
            baseUrl={baseUrl}
            {...(story.language ? { lang: story.language } : {})}
          />
        </section>
      )}
      <Notes
        html={story.notes}
        label="Notes"
        baseUrl={baseUrl}
        {...(story.language ? { lang: story.language } : {})}
      />
      {story.partial && (
        <p class="fr-partial" role="note">
          This page holds only part of the chapter; the site loads the rest as you scroll. Close the
          reader to read on on the site.
        </p>
      )}
    </header>
  );
}
