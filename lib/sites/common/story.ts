import type { Chapter, Extraction, Story } from '../types';
import type { BlockText } from './blocks';
import { isSeparator, notesInText } from './notes-in-text';

/** A story with every list empty and everything unknown, to be filled in by an adapter. */
export function makeStory(
  fields: Pick<Story, 'site' | 'siteName' | 'workId' | 'canonicalUrl' | 'title' | 'view'> &
    Partial<Story>,
): Story {
  return {
    authors: [],
    fandoms: [],
    warnings: [],
    categories: [],
    relationships: [],
    characters: [],
    additionalTags: [],
    series: [],
    status: 'unknown',
    chapters: [],
    toc: [],
    ...fields,
  };
}

/** A chapter from its text, with optional notes and metadata. */
export function makeChapter(
  text: BlockText,
  fields: Omit<Chapter, 'blocks' | 'words' | 'complete'>,
): Chapter {
  return { ...fields, blocks: text.blocks, words: text.words, complete: text.complete };
}

/**
 * A chapter whose author's notes live in the text (FanFiction.Net, forums): notes recognised at
 * the top or bottom move out of the blocks into notesBefore / notesAfter. The rule ("____",
 * "* * *") that set the notes off is neither notes nor story: it is dropped from both (issue 13).
 */
export function chapterWithNotesInText(
  text: BlockText,
  fields: Omit<Chapter, 'blocks' | 'words' | 'complete' | 'notesBefore' | 'notesAfter'>,
): Chapter {
  // While the page is still loading, the end of the text is not known yet: look at the top only.
  const { before, after } = notesInText(text.texts, text.blocks, text.counts);
  const hasAfter = text.complete && after > 0;
  const end = hasAfter ? text.blocks.length - after : text.blocks.length;
  const rule = (i: number) => isSeparator(text.texts[i] ?? '', text.blocks[i] ?? '');
  const notesBefore = withoutRules(0, before, rule);
  const storyRange = withoutRules(before, end, rule, before > 0, hasAfter);
  const notesAfter: [number, number] = hasAfter
    ? withoutRules(end, text.blocks.length, rule)
    : [end, end];
  const [from, to] = storyRange[0] < storyRange[1] ? storyRange : [before, end];
  const chapter: Chapter = {
    ...fields,
    blocks: text.blocks.slice(from, to),
    words: text.counts.slice(from, to).reduce((a, b) => a + b, 0),
    complete: text.complete,
  };
  if (notesBefore[0] < notesBefore[1]) {
    chapter.notesBefore = text.blocks.slice(...notesBefore).join('\n');
  }
  if (notesAfter[0] < notesAfter[1]) {
    chapter.notesAfter = text.blocks.slice(...notesAfter).join('\n');
  }
  return chapter;
}

/** The range [from, to) less the rules at its start and/or end. */
function withoutRules(
  from: number,
  to: number,
  isRule: (i: number) => boolean,
  atStart = true,
  atEnd = true,
): [number, number] {
  let a = from;
  let b = to;
  while (atStart && a < b && isRule(a)) a++;
  while (atEnd && b > a && isRule(b - 1)) b--;
  return [a, b];
}

/**
 * Runs an extraction so that it never throws: hostile or broken pages get a "not a story"
 * answer with the reason, and the page is left as it was.
 */
export function safely(extract: () => Extraction): Extraction {
  try {
    return extract();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'not-story', reason: 'unknown', detail: `Could not read this page: ${detail}` };
  }
}
