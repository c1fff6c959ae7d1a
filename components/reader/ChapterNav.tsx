import type { Story } from '@/lib/sites/types';

/** Props of ChapterNav. */
export interface ChapterNavProps {
  story: Story;
  onNavigate: (url: string) => void;
  onComments: () => void;
}

/**
 * The end of the text: previous and next chapter (the site's own chapter URLs, or the next page of
 * a forum's reader mode), the chapter list, and the way back to the work on the site.
 */
export function ChapterNav({ story, onNavigate, onComments }: ChapterNavProps) {
  const current = story.toc.find((t) => t.current);
  return (
    <nav class="fr-chapter-nav-wrap" aria-label="Chapter navigation">
      <div class="fr-chapter-nav">
        {story.prevUrl ? (
          <a class="fr-btn" href={story.prevUrl} rel="prev" data-testid="prev-chapter">
            ← <span>{story.view === 'multi' ? 'Previous page' : 'Previous chapter'}</span>
          </a>
        ) : (
          <span />
        )}
        {story.view === 'chapter' && story.toc.length > 1 && (
          <label>
            <span class="fr-visually-hidden">Go to chapter</span>
            <select
              data-testid="chapter-select"
              value={current?.url ?? ''}
              onChange={(e) => onNavigate((e.target as HTMLSelectElement).value)}
            >
              {story.toc.map((entry, i) => (
                <option key={entry.url} value={entry.url}>
                  {i + 1}. {entry.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {story.nextUrl ? (
          <a class="fr-btn" href={story.nextUrl} rel="next" data-testid="next-chapter">
            <span>{story.view === 'multi' ? 'Next page' : 'Next chapter'}</span> →
          </a>
        ) : (
          <span />
        )}
      </div>
      <p class="fr-site-links">
        <button type="button" class="fr-btn fr-btn-quiet" onClick={onComments}>
          Comments and kudos on {story.siteName}
        </button>
        <a href={story.canonicalUrl}>The work’s page on {story.siteName}</a>
      </p>
    </nav>
  );
}
