import { Readability } from '@mozilla/readability';
import type { Extraction } from '../types';
import { readBlocks } from '../common/blocks';
import { isElement } from '../common/dom';
import { chapterWithNotesInText, makeStory } from '../common/story';
import { escapeHtml } from '../common/text';
import { webWorkId } from '../common/url';

/**
 * Any other page, on request only: Mozilla's Readability finds the article (a well-kept library
 * that has seen far more of the web than any heuristic of ours would), and our block reader
 * turns it into a one-chapter story. Readability works on a copy; the page is not touched.
 */
export function extractGeneric(doc: Document, url: URL): Extraction {
  const copy = doc.cloneNode(true) as Document;
  // The serializer hands back the article element itself instead of an HTML string.
  const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  if (!article || !isElement(article.content)) {
    return { kind: 'not-story', reason: 'unknown', detail: 'No article found on this page.' };
  }
  const text = readBlocks(article.content);
  if (text.blocks.length === 0) {
    return { kind: 'not-story', reason: 'unknown', detail: 'The article has no text.' };
  }
  const workId = webWorkId(url);
  return {
    kind: 'story',
    story: makeStory({
      site: 'web',
      siteName: article.siteName || url.hostname,
      workId,
      view: 'single',
      canonicalUrl: workId,
      title: article.title || doc.title || url.hostname,
      authors: article.byline ? [{ name: article.byline }] : [],
      ...(article.lang ? { language: article.lang } : {}),
      ...(article.excerpt ? { summary: `<p>${escapeHtml(article.excerpt)}</p>` } : {}),
      chapters: [chapterWithNotesInText(text, { id: '1', number: 1, url: url.href })],
    }),
  };
}
