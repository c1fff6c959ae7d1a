import { formatMinutes } from './reading-time';

/**
 * The reader's status: how far through the chapter and the work, and the time left at the
 * reader's own speed, in plain words (issue 13). Pure: the reader measures, this decides.
 */

/** What the status line is worked out from. */
export interface StatusInput {
  /** How the page presents the work (Story['view']). */
  view: 'chapter' | 'single' | 'entire' | 'multi';
  /** Words of each chapter on the page, in order. */
  chapterWords: readonly number[];
  /** The chapter on screen (an index into chapterWords). */
  chapterIndex: number;
  /** Words of that chapter before the first block on screen. */
  wordsBefore: number;
  /** The end of the page's text is on screen: everything on the page has been seen. */
  atEnd: boolean;
  /** Words per minute. */
  wpm: number;
  /** The work's words as the site states them (chapter pages estimate the work from it). */
  workWords?: number;
  /** The site's chapter count as it states it ("3/?", "12/12", "5"). */
  chapterCount?: string;
  /** The chapter's 1-based number in the work, on a chapter page. */
  chapterNumber?: number;
  /** The site says the work is complete. */
  complete?: boolean;
}

/** The status line: fractions for the bars, and words for the reader. */
export interface StatusLine {
  /** 0..1 through the chapter on screen; absent when the page's one chapter is the whole work. */
  chapterFraction?: number;
  /** 0..1 through the work (through this page on a forum reader page); absent when unknown. */
  workFraction?: number;
  /** The work's figures are estimated from the site's (a chapter page). */
  estimated: boolean;
  /** What the work's figures cover: the work, or only this page's threadmarks (forums). */
  scope: 'work' | 'page';
  /** "12 min left in this chapter", "End of the chapter". */
  chapterText?: string;
  /** "3 h 10 min left in the work", "Last chapter", "End of the work". */
  workText?: string;
  /** Both, as one line. */
  text: string;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/** "12 min left", "Less than a minute left" (never "0 min"). */
export function timeLeft(words: number, wpm: number): string {
  const minutes = Math.round(words / Math.max(1, wpm));
  return minutes < 1 ? 'Less than a minute left' : `${formatMinutes(minutes)} left`;
}

function line(parts: Omit<StatusLine, 'text'>): StatusLine {
  const text = [parts.chapterText, parts.workText].filter(Boolean).join(' · ');
  return { ...parts, text };
}

/** Where the reader is in the chapter on screen. */
interface Here {
  index: number;
  words: number;
  read: number;
  fraction: number;
}

/** The status line for a position. */
export function statusLine(input: StatusInput): StatusLine {
  const { chapterWords: words, atEnd, wpm } = input;
  const index = atEnd ? words.length - 1 : clamp(input.chapterIndex, 0, words.length - 1);
  const inChapter = words[index] ?? 0;
  const read = atEnd ? inChapter : clamp(input.wordsBefore, 0, inChapter);
  const fraction = atEnd ? 1 : inChapter > 0 ? read / inChapter : 0;
  const here: Here = { index, words: inChapter, read, fraction };
  if (input.view === 'chapter') return chapterPage(input, here);
  const page = input.view === 'multi';
  const scope = page ? 'page' : 'work';
  const where = page ? 'on this page' : 'in the work';
  const end = page ? 'End of this page' : 'End of the work';

  // The page's one chapter is the whole work (a one-shot): one bar, one time.
  if (words.length <= 1) {
    const workText = atEnd ? end : `${timeLeft(inChapter - read, wpm)} ${where}`;
    return line({ workFraction: fraction, estimated: false, scope, workText });
  }
  // Several chapters: the whole work, or a forum page's threadmarks.
  const total = sum(words);
  const readOnPage = sum(words.slice(0, index)) + read;
  const workFraction = atEnd ? 1 : total > 0 ? readOnPage / total : 0;
  const base = { chapterFraction: fraction, workFraction, estimated: false, scope } as const;
  if (atEnd) return line({ ...base, workText: end });
  const last = index === words.length - 1;
  return line({
    ...base,
    chapterText: `${timeLeft(inChapter - read, wpm)} in this chapter`,
    workText: last
      ? `Last chapter${page ? ' on this page' : ''}`
      : `${timeLeft(total - readOnPage, wpm)} ${where}`,
  });
}

/**
 * A page holding one chapter of several: the work is estimated from the site's word count,
 * taking the other chapters to be of the same length.
 */
function chapterPage(input: StatusInput, here: Here): StatusLine {
  const { atEnd, wpm, workWords, chapterNumber: n } = input;
  const [written, planned] = (input.chapterCount ?? '').split('/').map((x) => parseInt(x, 10));
  const leftInChapter = here.words - here.read;
  const chapterText = atEnd
    ? 'End of the chapter'
    : `${timeLeft(leftInChapter, wpm)} in this chapter`;
  const base = { chapterFraction: here.fraction, estimated: false, scope: 'work' as const };
  if (n === undefined || written === undefined || Number.isNaN(written))
    return line({ ...base, chapterText });
  const last = n >= written;
  const finished = input.complete === true || planned === written;
  // The other chapters' length, on average, from the site's count.
  const other =
    workWords && written > 1 ? Math.max(0, workWords - here.words) / (written - 1) : undefined;
  const estimate =
    other === undefined || !workWords
      ? {}
      : {
          estimated: true,
          workFraction: last && atEnd ? 1 : clamp((other * (n - 1) + here.read) / workWords, 0, 1),
        };
  if (last && atEnd && finished)
    return line({
      ...base,
      chapterFraction: 1,
      workFraction: 1,
      workText: 'End of the work',
    });
  if (last)
    return line({
      ...base,
      ...estimate,
      chapterText,
      workText: finished ? 'Last chapter' : 'Last chapter so far',
    });
  if (other === undefined) return line({ ...base, chapterText });
  const leftInWork = leftInChapter + other * (written - n);
  const workText = `About ${timeLeft(leftInWork, wpm).replace(/^Less/, 'less')} in the work`;
  return line({ ...base, ...estimate, chapterText, workText });
}
