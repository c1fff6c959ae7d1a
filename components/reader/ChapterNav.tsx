import { chapterListLabel } from '@/lib/reader/chapter-heading';
import { feedbackOf } from '@/lib/sites/site-urls';
import type { Story } from '@/lib/sites/types';

/** Props of ChapterNav. */
export interface ChapterNavProps {
  story: Story;
  onNavigate: (url: string) => void;
  /** Shows the site's comments (reviews, replies) for this chapter. */
  onComments: () => void;
}

/**
 * The end of the text: previous and next chapter (the site's own chapter URLs, or the next page of
 * a forum's reader mode), the chapter list, and the way to what readers said on the site (in its
 * own words: comments and kudos, reviews, replies) and back to the work's page.
 */
export function ChapterNav({ story, onNavigate, onComments }: ChapterNavProps) {
  const current = story.toc.find((t) => t.current);
  const pages = story.view === 'multi';
  return (
    <nav class="fr-chapter-nav-wrap" aria-label="Chapter navigation">
      <div class="fr-chapter-nav">
        {story.prevUrl && (
          <a class="fr-btn fr-nav-prev" href={story.prevUrl} rel="prev" data-testid="prev-chapter">
            ← <span>{pages ? 'Previous page' : 'Previous chapter'}</span>
          </a>
        )}
        {story.view === 'chapter' && story.toc.length > 1 && (
          <label class="fr-chapter-select">
            <span class="fr-visually-hidden">Go to chapter</span>
            <select
              data-testid="chapter-select"
              value={current?.url ?? ''}
              onChange={(e) => onNavigate((e.target as HTMLSelectElement).value)}
            >
              {story.toc.map((entry, i) => (
                <option key={entry.url} value={entry.url}>
                  {chapterListLabel(entry.title, i + 1)}
                </option>
              ))}
            </select>
          </label>
        )}
        {story.nextUrl && (
          <a class="fr-btn fr-nav-next" href={story.nextUrl} rel="next" data-testid="next-chapter">
            <span>{pages ? 'Next page' : 'Next chapter'}</span> →
          </a>
        )}
      </div>
      <p class="fr-site-links">
        <button type="button" class="fr-btn" onClick={onComments} data-testid="feedback">
          {feedbackOf(story.site).label} on {story.siteName}
        </button>
        <a class="fr-btn" href={story.canonicalUrl}>
          The work’s page on {story.siteName}
        </a>
      </p>
    </nav>
  );
}
