import type { StoredWorkV1 } from '@/lib/db/schema';

/** Props of WorkList. */
export interface WorkListProps {
  works: StoredWorkV1[];
  /** What to say when the list is empty. */
  empty: string;
}

/** The works in the library, most recently opened first. */
export function WorkList({ works, empty }: WorkListProps) {
  if (works.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="work-list" data-testid="work-list">
      {works.map((work) => (
        <li key={work.key} data-testid="work-item">
          <a href={work.lastUrl} target="_blank" rel="noopener noreferrer">
            {work.title}
          </a>
          <span class="byline">{work.authors.map((a) => a.name).join(', ')}</span>
          {work.lastChapterTitle && <span class="chapter">{work.lastChapterTitle}</span>}
        </li>
      ))}
    </ul>
  );
}
