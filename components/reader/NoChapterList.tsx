import type { Story } from '@/lib/sites/types';

/** Props of NoChapterList. */
export interface NoChapterListProps {
  story: Story;
  onNavigate?: (url: string) => void;
}

/**
 * What the chapter list says when the page lists no chapters. A one-shot has one; a chapter page
 * without a list (Royal Road's) is not a one-chapter work when it links a previous or next
 * chapter: it offers those and the work's page, where the list is (issue 13).
 */
export function NoChapterList({ story, onNavigate }: NoChapterListProps) {
  if (story.view === 'single' || (!story.prevUrl && !story.nextUrl && story.view !== 'chapter'))
    return <p data-testid="toc-empty">This work has one chapter.</p>;
  const link = (url: string, text: string, rel?: string) => (
    <li>
      <a
        class="fr-btn"
        href={url}
        {...(rel ? { rel } : {})}
        onClick={(e) => {
          if (!onNavigate) return;
          e.preventDefault();
          onNavigate(url);
        }}
      >
        {text}
      </a>
    </li>
  );
  return (
    <div data-testid="toc-empty">
      <p>This page does not list the work’s chapters; its page on {story.siteName} does.</p>
      <ul class="fr-toc-ways">
        {story.prevUrl && link(story.prevUrl, '← Previous chapter', 'prev')}
        {story.nextUrl && link(story.nextUrl, 'Next chapter →', 'next')}
        {link(story.canonicalUrl, `The work’s page on ${story.siteName}`)}
      </ul>
    </div>
  );
}
