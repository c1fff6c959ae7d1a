import type { BlocksDelta, StoryHead } from '../reader/channel/messages';
import type { Story } from '../sites/types';

/** What was sent of one chapter, to tell what is new and whether the page rewrote it. */
interface Sent {
  count: number;
  first: string | undefined;
  last: string | undefined;
}

/**
 * Turns successive readings of a page into what the reader frame has not seen yet: the story's
 * head when it changed, and per chapter the blocks read since the last reading. Readings only
 * grow while a page loads, so a delta is usually a few appended blocks; when the page turns out
 * to have changed text already sent (notes recognised only once more text arrived), the chapter
 * is sent again whole, marked `replace`.
 */
export class StoryFeed {
  private readonly sent = new Map<string, Sent>();
  private headJson = '';

  /** The head (if changed) and the new blocks of `story`. */
  next(story: Story): { head?: StoryHead; blocks: BlocksDelta[] } {
    const blocks: BlocksDelta[] = [];
    for (const chapter of story.chapters) {
      const all = chapter.blocks;
      const before = this.sent.get(chapter.id);
      const intact =
        before !== undefined &&
        (before.count === 0 ||
          (all.length >= before.count &&
            all[0] === before.first &&
            all[before.count - 1] === before.last));
      const from = intact ? before.count : 0;
      if (from < all.length || !intact) {
        blocks.push({
          chapterId: chapter.id,
          from,
          blocks: all.slice(from),
          ...(before !== undefined && !intact ? { replace: true } : {}),
        });
      }
      this.sent.set(chapter.id, { count: all.length, first: all[0], last: all[all.length - 1] });
    }
    const head: StoryHead = {
      ...story,
      chapters: story.chapters.map(({ blocks: _blocks, ...rest }) => rest),
    };
    // The head is small next to the text: comparing it whole is cheap and catches any change.
    const json = JSON.stringify(head);
    if (json === this.headJson) return { blocks };
    this.headJson = json;
    return { head, blocks };
  }
}
