import { formatMinutes, formatWords, minutesToRead } from '@/lib/reader/reading-time';
import { titleStatesNumber } from '@/lib/sites/common/chapter-title';
import type { Chapter } from '@/lib/sites/types';
import { ChapterText } from './ChapterText';
import { Notes } from './Notes';
import { SafeHtml } from './SafeHtml';

/** Props of ChapterSection. */
export interface ChapterSectionProps {
  chapter: Chapter;
  /**
   * "Chapter 3 of 12" above the title: `chapterKicker(story, chapter, index)`
   * (lib/reader/chapter-heading.ts), which leaves it out when the number is unknown.
   */
  kicker?: string;
  baseUrl: string;
  lang?: string;
  wpm: number;
  attach: (chapterId: string, element: HTMLElement | null) => void;
}

/** One chapter: its title, summary and notes, the text, and its end notes. */
export function ChapterSection({
  chapter,
  kicker,
  baseUrl,
  lang,
  wpm,
  attach,
}: ChapterSectionProps) {
  const headingId = `fr-chapter-${chapter.id}`;
  const langProps = lang ? { lang } : {};
  // A title that says its number ("Chapter 1: Loomings") is not numbered again above it.
  const above =
    chapter.title && titleStatesNumber(chapter.title, chapter.number) ? undefined : kicker;
  return (
    <section
      class="fr-chapter"
      aria-labelledby={headingId}
      data-chapter-id={chapter.id}
      data-testid="chapter"
    >
      {/* A one-shot's text has no title of its own: its heading is for screen readers only. */}
      <h2
        class={chapter.title || above ? 'fr-chapter-title' : 'fr-visually-hidden'}
        id={headingId}
        tabIndex={-1}
      >
        {chapter.title && above && <span class="fr-chapter-kicker">{above}</span>}
        {chapter.title ?? above ?? 'The text'}
      </h2>
      <p class="fr-aids" data-testid="chapter-aids">
        {formatWords(chapter.words)} · {formatMinutes(minutesToRead(chapter.words, wpm))}
      </p>
      {chapter.summary && (
        <section class="fr-summary" aria-label="Chapter summary">
          <h3 class="fr-section-label">Chapter summary</h3>
          <SafeHtml html={chapter.summary} baseUrl={baseUrl} {...langProps} />
        </section>
      )}
      <Notes html={chapter.notesBefore} label="Chapter notes" baseUrl={baseUrl} {...langProps} />
      <ChapterText chapterId={chapter.id} attach={attach} {...langProps} />
      <Notes html={chapter.notesAfter} label="End notes" baseUrl={baseUrl} {...langProps} />
    </section>
  );
}
