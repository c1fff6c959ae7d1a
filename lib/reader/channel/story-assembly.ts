import type { Story, UntrustedHtml } from '../../sites/types';
import type { BlocksDelta, StoryHead } from './messages';

/**
 * The reader frame's copy of the story, put back together from the content script's deltas. A
 * chapter's block list only grows (earlier readings see a longer list, never a different one),
 * except when the page rewrote text already sent: then the chapter gets a new list and is
 * reported as replaced, so its rendering starts again.
 */
export class StoryAssembly {
  private head: StoryHead | null = null;
  private readonly blocks = new Map<string, UntrustedHtml[]>();

  /** Applies a delta; returns the story (null until a head arrived) and the chapters replaced. */
  apply(head: StoryHead | undefined, deltas: readonly BlocksDelta[]) {
    if (head) this.head = head;
    const replaced: string[] = [];
    for (const delta of deltas) {
      const current = this.blocks.get(delta.chapterId);
      if (!current || delta.replace) {
        if (current) replaced.push(delta.chapterId);
        this.blocks.set(delta.chapterId, delta.blocks.slice());
        continue;
      }
      // A delta that does not start where the list ends (should not happen) is placed where it
      // says, so the indexes stay the page's.
      current.length = Math.min(current.length, delta.from);
      // One at a time: spreading 50,000 blocks into push() overflows the argument stack.
      for (const block of delta.blocks) current.push(block);
    }
    return { story: this.story(), replaced };
  }

  private story(): Story | null {
    if (!this.head) return null;
    return {
      ...this.head,
      chapters: this.head.chapters.map((c) => ({ ...c, blocks: this.blocks.get(c.id) ?? [] })),
    };
  }
}
