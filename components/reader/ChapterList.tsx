import type { Story } from '@/lib/sites/types';

/** Props of ChapterList. */
export interface ChapterListProps {
  story: Story;
  /** On pages holding several chapters, a chapter is reached by scrolling, not by loading. */
  onJump: (chapterId: string) => void;
  currentChapterId?: string;
}

/**
 * The work's chapters. On a chapter page they are the site's chapter links (the current one
 * marked); on an entire-work or reader page, a table of contents that scrolls within the page.
 */
export function ChapterList({ story, onJump, currentChapterId }: ChapterListProps) {
  const onPage = story.view === 'entire' || story.view === 'multi';
  if (onPage) {
    return (
      <ol class="fr-toc" data-testid="toc">
        {story.chapters.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              onClick={() => onJump(c.id)}
              {...(c.id === currentChapterId ? { 'aria-current': 'location' } : {})}
            >
              {/* Forum reader pages hold threadmarks 11-20 on page 2: no page-relative numbers. */}
              {story.view === 'multi' ? '' : `${c.number ?? i + 1}. `}
              {c.title ?? `Chapter ${c.number ?? i + 1}`}
            </button>
          </li>
        ))}
      </ol>
    );
  }
  if (story.toc.length === 0) return <p>This work has one chapter.</p>;
  return (
    <ol class="fr-toc" data-testid="toc">
      {story.toc.map((entry, i) => (
        <li key={entry.url}>
          <a href={entry.url} {...(entry.current ? { 'aria-current': 'page' } : {})}>
            {i + 1}. {entry.title}
          </a>
        </li>
      ))}
    </ol>
  );
}
