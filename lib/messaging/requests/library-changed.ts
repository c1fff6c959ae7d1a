import * as v from 'valibot';

// Not a request: what the background tells every open extension page (popup, library) after a
// write has committed, so they update while reading happens in other tabs. Sent with
// runtime.sendMessage, which reaches extension pages and never content scripts (no page sees
// what is read).

/** The broadcast's type. */
export const LIBRARY_CHANGED = 'library/changed';

/** The broadcast, as pages check it. */
export const LibraryChangedSchema = v.object({
  type: v.literal(LIBRARY_CHANGED),
  /** The works whose records changed (keys). */
  works: v.array(v.string()),
  /** True when any work may have changed (an import, clearing the history). */
  all: v.boolean(),
});

/** "These works changed". */
export type LibraryChanged = v.InferOutput<typeof LibraryChangedSchema>;
