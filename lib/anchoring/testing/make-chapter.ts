import { TextRenderer } from '../../reader/text-renderer';
import { blockText } from '../block-text';
import type { RenderedBlocks } from '../types';

/**
 * Test factory: a chapter rendered the way the reader renders it (TextRenderer: sanitized blocks
 * in chunk elements), with a title and notes around the text for selections that spill over.
 */

/** A rendered test chapter. */
export interface TestChapter {
  doc: Document;
  /** The chapter section: title, notes before, the text container, notes after. */
  section: HTMLElement;
  title: HTMLElement;
  notesAfter: HTMLElement;
  rendered: RenderedBlocks;
  /** Every block's normalised text. */
  texts: string[];
}

/** Renders `blocks` (HTML, one per block) as chapter `chapterId` in a fresh document. */
export function makeChapter(blocks: readonly string[], chapterId = 'c1'): TestChapter {
  const doc = document.implementation.createHTMLDocument('chapter');
  const section = doc.createElement('section');
  const title = doc.createElement('h2');
  title.textContent = 'Chapter One: The Harbour';
  const text = doc.createElement('div');
  const notesAfter = doc.createElement('aside');
  notesAfter.textContent = 'End notes: thank you for reading!';
  section.append(title, text, notesAfter);
  doc.body.append(section);
  const renderer = new TextRenderer(text, 'https://archiveofourown.org/works/1');
  renderer.setBlocks(blocks, true);
  while (renderer.renderSome() > 0);
  const elements = Array.from({ length: renderer.rendered }, (_, i) =>
    renderer.elementAt(i),
  ).filter((e): e is Element => e !== undefined);
  const texts = elements.map((element) => blockText(element).text);
  const rendered: RenderedBlocks = {
    chapterId,
    blockCount: elements.length,
    element: (i) => elements[i],
    text: (i) => texts[i] ?? '',
  };
  return { doc, section, title, notesAfter, rendered, texts };
}
