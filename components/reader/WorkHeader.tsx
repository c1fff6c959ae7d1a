import { lastReadText, type LastRead } from '@/lib/reader/relative-time';
import type { Link, Story } from '@/lib/sites/types';
import { Notes } from './Notes';
import { SafeHtml } from './SafeHtml';
import { TagChips } from './TagChips';
import { Names, SeriesLine, workStats } from './WorkMeta';

/** Props of WorkHeader. */
export interface WorkHeaderProps {
  story: Story;
  baseUrl: string;
  wpm: number;
  /** Where and when the reader last read this work; nothing is shown without it. */
  lastRead?: LastRead;
  /** The time `lastRead` is measured from (epoch ms); now by default. */
  now?: number;
  /**
   * @deprecated Not shown any more (it counted every page load, issue 13). Kept as an attribute
   * of an empty element only for the e2e checks that the background recorded the visit, until the
   * new controller stops passing it.
   */
  openCount?: number;
}

/**
 * The work: title, creators, fandoms; rating and warnings, category and relationships, up
 * front (what a reader scans first); the other tags folded away; series, the summary, and the
 * work's notes (collapsed unless they warn).
 */
export function WorkHeader({ story, baseUrl, wpm, lastRead, now, openCount }: WorkHeaderProps) {
  const folded: [string, Link[]][] = [
    ['Characters', story.characters],
    ['Additional tags', story.additionalTags],
  ];
  const foldedCount = folded.reduce((n, [, tags]) => n + tags.length, 0);
  const stats = workStats(story, wpm);
  const lang = story.language ? { lang: story.language } : {};
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
      <TagChips tags={story.categories} label="Categories" />
      <TagChips tags={story.relationships} label="Relationships" />
      {foldedCount > 0 && (
        <details class="fr-details" data-testid="tags">
          <summary>More tags ({foldedCount})</summary>
          <div class="fr-details-body">
            {folded.map(([label, tags]) =>
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
      <SeriesLine series={story.series} />
      {stats && <p class="fr-stats">{stats}</p>}
      {lastRead && (
        <p class="fr-stats" data-testid="last-read">
          {lastReadText(lastRead, now ?? Date.now())}
        </p>
      )}
      {openCount !== undefined && (
        <span hidden data-testid="open-count" data-open-count={openCount} />
      )}
      {story.summary && (
        <section class="fr-summary" aria-labelledby="fr-summary-label">
          <h2 id="fr-summary-label">Summary</h2>
          <SafeHtml html={story.summary} baseUrl={baseUrl} {...lang} />
        </section>
      )}
      <Notes html={story.notes} label="Notes" baseUrl={baseUrl} {...lang} />
      {story.partial && (
        <p class="fr-partial" role="note">
          This page holds only part of the chapter; the site loads the rest as you scroll. Close the
          reader to read on on the site.
        </p>
      )}
    </header>
  );
}
