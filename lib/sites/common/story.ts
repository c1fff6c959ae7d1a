import type { Chapter, Extraction, Story } from '../types';
import type { BlockText } from './blocks';
import { notesInText } from './notes-in-text';

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
 * the top or bottom move out of the blocks into notesBefore / notesAfter.
 */
export function chapterWithNotesInText(
  text: BlockText,
  fields: Omit<Chapter, 'blocks' | 'words' | 'complete' | 'notesBefore' | 'notesAfter'>,
): Chapter {
  // While the page is still loading, the end of the text is not known yet: look at the top only.
  const { before, after } = notesInText(text.texts, text.blocks, text.counts);
  const end = text.complete ? text.blocks.length - after : text.blocks.length;
  const story = text.blocks.slice(before, end);
  const chapter: Chapter = {
    ...fields,
    blocks: story,
    words: text.counts.slice(before, end).reduce((a, b) => a + b, 0),
    complete: text.complete,
  };
  if (before > 0) chapter.notesBefore = text.blocks.slice(0, before).join('\n');
  if (text.complete && after > 0) chapter.notesAfter = text.blocks.slice(end).join('\n');
  return chapter;
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
