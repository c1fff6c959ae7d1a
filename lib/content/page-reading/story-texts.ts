import { blockText } from '../../anchoring/block-text';
import { DROPPED_WITH_CONTENTS } from '../../dropped-contents';
import type { TextSource } from '../../reader/progress/place-position';
import type { WordCounts } from '../../reader/progress/take-position';
import { countWords } from '../../sites/common/text';
import type { Story } from '../../sites/types';

const DROPPED = DROPPED_WITH_CONTENTS.join(', ');

/**
 * The normalised text of a story's blocks as the reader would show them (lib/anchoring), read on
 * the site's own page: a position taken here and one taken in the reader address the same
 * characters. A chapter's blocks are parsed together into an inert document (no scripts run, no
 * images load), one element per block as the reader renders them, without the elements the
 * reader's sanitizer drops with their text. The sanitizer itself is not bundled here; a block it
 * would change further simply falls back to the quote when a position is placed.
 */
export class StoryTexts implements TextSource, WordCounts {
  private readonly texts = new Map<string, string[]>();
  private readonly before = new Map<string, number[]>();

  /** `parse` parses HTML where nothing runs or loads (a DOMParser's, by default). */
  constructor(
    private readonly story: Story,
    private readonly parse: (html: string) => Document = (html) =>
      new DOMParser().parseFromString(html, 'text/html'),
  ) {}

  text(chapterId: string, block: number): string {
    return this.all(chapterId)[block] ?? '';
  }

  all(chapterId: string): string[] {
    let texts = this.texts.get(chapterId);
    if (!texts) {
      const chapter = this.story.chapters.find((c) => c.id === chapterId);
      texts = chapter ? textsOf(chapter.blocks, this.parse) : [];
      this.texts.set(chapterId, texts);
    }
    return texts;
  }

  wordsBefore(chapterId: string, block: number): number {
    let before = this.before.get(chapterId);
    if (!before) {
      let words = 0;
      before = [0];
      for (const text of this.all(chapterId)) before.push((words += countWords(text)));
      this.before.set(chapterId, before);
    }
    return before[Math.min(block, before.length - 1)] ?? 0;
  }
}

/** Each block's normalised text: all parsed at once, or one by one when they do not split. */
function textsOf(blocks: readonly string[], parse: (html: string) => Document): string[] {
  const together = parsed(blocks.join(''), parse);
  if (together.length === blocks.length) return together.map((e) => blockText(e).text);
  return blocks.map((html) => {
    const [first] = parsed(html, parse);
    return first ? blockText(first).text : '';
  });
}

/** The top-level elements of some HTML, parsed where nothing runs or loads. */
function parsed(html: string, parse: (html: string) => Document): Element[] {
  const body = parse(html).body;
  for (const dropped of body.querySelectorAll(DROPPED)) dropped.remove();
  return [...body.children];
}
