import type { ChapterView } from '@/lib/messaging/wire';
import { formatDuration } from '../format';

/** Props of WorkChapters. */
export interface WorkChaptersProps {
  chapters: ChapterView[];
  /** The chapter of the reader's last place. */
  current?: string | undefined;
}

/** A work's chapters as the reader met them: read marks, where they are, time in each. */
export function WorkChapters({ chapters, current }: WorkChaptersProps) {
  return (
    <section aria-labelledby="chapters-title">
      <h2 id="chapters-title">Chapters</h2>
      {chapters.length === 0 ? (
        <p class="muted">No chapters seen yet.</p>
      ) : (
        <ol class="chapters">
          {chapters.map((c, i) => (
            <li
              key={c.chapterId}
              class={c.read ? 'read' : ''}
              aria-current={c.chapterId === current ? 'location' : undefined}
            >
              <span class="mark" aria-hidden="true">
                {c.read ? '✓' : ''}
              </span>
              <span class="chapter-name">
                {c.title ?? `Chapter ${(c.index ?? i) + 1}`}
                <span class="visually-hidden">{c.read ? ', read' : ', not read'}</span>
                {c.chapterId === current && <span class="here"> · you are here</span>}
              </span>
              <span class="muted">{c.activeMs > 0 ? formatDuration(c.activeMs) : ''}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
