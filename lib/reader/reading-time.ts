/** Reading aids: word counts and time left at the reader's own speed. */

// One formatter for every call: toLocaleString builds a new one each time, and is slow.
const NUMBER = new Intl.NumberFormat('en-US');

/** "12,300 words" / "1 word". */
export function formatWords(words: number): string {
  return `${NUMBER.format(words)} ${words === 1 ? 'word' : 'words'}`;
}

/** Minutes to read `words` at `wpm` words per minute (never less than 1 for any text). */
export function minutesToRead(words: number, wpm: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / Math.max(1, wpm)));
}

/** "less than a minute", "12 min", "3 h 5 min", "2 h". */
export function formatMinutes(minutes: number): string {
  if (minutes <= 0) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
