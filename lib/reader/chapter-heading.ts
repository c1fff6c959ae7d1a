import { numberInTitle, titleStatesNumber } from '../sites/common/chapter-title';
import type { Chapter, Story } from '../sites/types';

/**
 * What a chapter is called in the reader: the small "Chapter 3 of 12" above its title, and its
 * line in a chapter list. A title that carries its own number ("Chapter 1: Loomings" on Royal
 * Road, "Ch 10: ..." on FFN) is not numbered again (issue 13).
 */

/**
 * "Chapter 3 of 12" above a chapter's title, or nothing: on one-shots and forum pages, when the
 * chapter's number is unknown (only a page holding the whole work may count its chapters), and
 * when the title already says it.
 */
export function chapterKicker(
  story: Pick<Story, 'view' | 'chapterCount'>,
  chapter: Pick<Chapter, 'number' | 'title'>,
  index: number,
): string | undefined {
  if (story.view === 'single' || story.view === 'multi') return undefined;
  const number = chapter.number ?? (story.view === 'entire' ? index + 1 : undefined);
  if (number === undefined) return undefined;
  if (chapter.title && titleStatesNumber(chapter.title, number)) return undefined;
  // "14/?" counts what is written so far; "14/20" plans 20.
  const [written, planned] = (story.chapterCount ?? '').split('/');
  const total = planned && planned !== '?' ? planned : written;
  return `Chapter ${number}${total ? ` of ${total}` : ''}`;
}

/**
 * A chapter's line in a list: "3. Night", or the title alone when it is numbered already
 * ("Chapter 1: Loomings", "Ch 10: The Storm") or when its place is unknown. No title: "Chapter 3".
 */
export function chapterListLabel(title: string | undefined, number: number | undefined): string {
  const text = title?.trim();
  if (!text) return number === undefined ? 'Untitled chapter' : `Chapter ${number}`;
  if (number === undefined || numberInTitle(text) !== undefined) return text;
  return `${number}. ${text}`;
}
