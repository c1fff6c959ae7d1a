import type { ReadingPosition } from '@/lib/reader/reading-position';
import { formatMinutes, minutesToRead } from '@/lib/reader/reading-time';

/** Time left at the reader's own speed: in this chapter, and in the work when there is more. */
export function statusText(position: ReadingPosition | null, wpm: number): string {
  if (!position) return '';
  return [
    `${formatMinutes(minutesToRead(position.wordsLeftInChapter, wpm))} left in chapter`,
    position.wordsLeftInWork > position.wordsLeftInChapter
      ? `${formatMinutes(minutesToRead(position.wordsLeftInWork, wpm))} in the work`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
