import { blockText } from '../../anchoring/block-text';
import { sanitize } from '../../sanitize';
import type { Story } from '../../sites/types';
import type { RendererRegistry } from '../renderer-registry';

/**
 * The normalised text of every block of a chapter, as the reader renders it (lib/anchoring):
 * what positions and highlights are described and re-found in. A rendered block is read from
 * its element; one not rendered yet (further down, or in a chapter the pump has not reached) is
 * put through the same sanitizer into a detached element, so its text is the same either way.
 * Texts are kept per chapter and block: a chapter's block never changes once read.
 */
export class ChapterTexts {
  private readonly texts = new Map<string, string[]>();
  private doc: Document | null = null;

  constructor(
    private readonly registry: RendererRegistry,
    private readonly story: () => Story,
    private readonly baseUrl: string,
  ) {}

  /** Block `block`'s normalised text ('' for a block the chapter does not have). */
  text(chapterId: string, block: number): string {
    const list = this.list(chapterId);
    const known = list[block];
    if (known !== undefined) return known;
    const chapter = this.story().chapters.find((c) => c.id === chapterId);
    const html = chapter?.blocks[block];
    if (html === undefined) return '';
    const element = this.registry.elementAt(chapterId, block) ?? this.detached(html);
    const text = element ? blockText(element).text : '';
    list[block] = text;
    return text;
  }

  /** Every block's text of a chapter (all of them: for searching a whole chapter). */
  all(chapterId: string): string[] {
    const chapter = this.story().chapters.find((c) => c.id === chapterId);
    const count = chapter?.blocks.length ?? 0;
    for (let i = 0; i < count; i++) this.text(chapterId, i);
    return this.list(chapterId).slice(0, count);
  }

  /** Forgets a chapter (the page rewrote it). */
  forget(chapterId: string): void {
    this.texts.delete(chapterId);
  }

  private list(chapterId: string): string[] {
    let list = this.texts.get(chapterId);
    if (!list) {
      list = [];
      this.texts.set(chapterId, list);
    }
    return list;
  }

  private detached(html: string): Element | null {
    this.doc ??= document.implementation.createHTMLDocument('');
    const holder = this.doc.createElement('div');
    holder.append(this.doc.importNode(sanitize(html, this.baseUrl), true));
    return holder.firstElementChild ?? holder;
  }
}
