/** The five highlight colour slots (the stored highlights name a slot, never a colour). */
export const HIGHLIGHT_SLOTS = ['c1', 'c2', 'c3', 'c4', 'c5'] as const;

/** A highlight colour slot. */
export type HighlightSlot = (typeof HIGHLIGHT_SLOTS)[number];

/** What each colour means to the reader ("favourite", "funny"…). */
export type HighlightNames = Readonly<Record<HighlightSlot, string>>;

/** The longest name a colour may have. */
export const HIGHLIGHT_NAME_MAX = 40;

/** The meanings readers ask for most (hypothesis product-backlog #198, omnivore #1755). */
export const DEFAULT_HIGHLIGHT_NAMES: HighlightNames = {
  c1: 'favourite',
  c2: 'funny',
  c3: 'heartbreaking',
  c4: 'foreshadowing',
  c5: 'quote',
};

/** Names as stored, checked: each slot a trimmed non-empty string, or its default. */
export function normalizeHighlightNames(raw: unknown): HighlightNames {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const names = { ...DEFAULT_HIGHLIGHT_NAMES };
  for (const slot of HIGHLIGHT_SLOTS) {
    // Own properties only: a stored `__proto__` or inherited key is not a name.
    const value = Object.hasOwn(source, slot) ? source[slot] : undefined;
    const name = typeof value === 'string' ? value.trim().slice(0, HIGHLIGHT_NAME_MAX) : '';
    if (name) names[slot] = name;
  }
  return names;
}
