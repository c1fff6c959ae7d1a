/**
 * Arrow keys and a stray press (issue 13). ← and → change chapter at once from a chapter's top
 * or its end, where nothing is lost; from the middle of a chapter, the first press only asks
 * ("Press → again for the next chapter") and a second press within ARM_MS goes. Chosen over
 * "only at the ends" because readers who page by chapter keep their one-key habit (two presses),
 * and over an undo because nothing has to be undone: the place is never left by accident.
 */

/** Within this many words of a chapter's top or end, an arrow changes chapter at once. */
export const NEAR_EDGE_WORDS = 120;
/** How long a first press waits for the second. */
export const ARM_MS = 3000;

export type Direction = 1 | -1;

/** Where the reader is in the current chapter, in words. */
export interface ChapterPlace {
  wordsBefore: number;
  wordsLeft: number;
}

/** True when leaving the chapter from here would lose a place worth keeping. */
export function midChapter(at: ChapterPlace): boolean {
  return at.wordsBefore > NEAR_EDGE_WORDS && at.wordsLeft > NEAR_EDGE_WORDS;
}

/** Remembers a first press mid-chapter; says whether a press goes now or asks first. */
export class StepGuard {
  private armed: { direction: Direction; until: number } | null = null;

  press(direction: Direction, at: ChapterPlace | null, now: number): 'go' | 'ask' {
    if (!at || !midChapter(at)) return this.go();
    const armed = this.armed;
    if (armed && armed.direction === direction && now <= armed.until) return this.go();
    this.armed = { direction, until: now + ARM_MS };
    return 'ask';
  }

  /** Forgets a first press (the reader scrolled, or the time ran out). */
  reset(): void {
    this.armed = null;
  }

  private go(): 'go' {
    this.armed = null;
    return 'go';
  }
}
