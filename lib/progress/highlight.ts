import * as v from 'valibot';
import { LIMITS } from '../messaging/limits';
import { newer, StampSchema, stampedSchema } from './stamped';

const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.index));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const point = v.object({ block: index, offset: index });

/**
 * A highlight's place in a chapter (issue 11), mirroring lib/anchoring's `TextAnchorV1`
 * (Hypothesis's model): a position selector (block/offset, and offsets in the chapter's
 * normalised text) verified against a quote selector (exact text with context either side), and
 * the block's fingerprint.
 */
export const TextAnchorSchema = v.pipe(
  v.object({
    chapterId: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.chapterId)),
    start: point,
    end: point,
    chapterStart: index,
    chapterEnd: index,
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.exact)),
    prefix: text(LIMITS.context),
    suffix: text(LIMITS.context),
    blockHash: text(LIMITS.blockHash),
  }),
  v.check(
    (a) =>
      a.chapterStart <= a.chapterEnd &&
      (a.start.block < a.end.block ||
        (a.start.block === a.end.block && a.start.offset <= a.end.offset)),
    'the anchor ends before it starts',
  ),
);

/** A highlight's place in a chapter. */
export type TextAnchor = v.InferOutput<typeof TextAnchorSchema>;

/** Colour slots; their names ("favourite", "funny"...) live in the settings. */
export const ColorSchema = v.picklist(['c1', 'c2', 'c3', 'c4', 'c5']);

/** A colour slot. */
export type ColorId = v.InferOutput<typeof ColorSchema>;

/** A highlight id: made by the reader (e.g. `crypto.randomUUID()`), so it can draw and undo at once. */
export const HighlightIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,64}$/, 'a highlight id is 1-64 letters, digits, - or _'),
);

/** What the reader sends to create or change a highlight. */
export const HighlightInputSchema = v.object({
  id: HighlightIdSchema,
  anchor: TextAnchorSchema,
  color: ColorSchema,
  /** Plain text, shown as text (never as HTML). */
  note: text(LIMITS.note),
});

/** What the reader sends to create or change a highlight. */
export type HighlightInput = v.InferOutput<typeof HighlightInputSchema>;

/** A highlight's state (the `highlights` store, without id and work), each field with its clock. */
export const HighlightFieldsSchema = v.object({
  anchor: stampedSchema(TextAnchorSchema),
  color: stampedSchema(ColorSchema),
  note: stampedSchema(text(LIMITS.note)),
  /** The tombstone: removed highlights stay, so a merge respects the deletion; undo restores. */
  removed: stampedSchema(v.boolean()),
  createdAt: StampSchema,
  updatedAt: StampSchema,
});

/** A highlight's state. */
export type HighlightFields = v.InferOutput<typeof HighlightFieldsSchema>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A highlight after a put: created, or each changed field restamped (unchanged keep their clock). */
export function applyHighlightPut(
  current: HighlightFields | undefined,
  input: Omit<HighlightInput, 'id'>,
  stamp: number,
): HighlightFields {
  if (!current) {
    return {
      anchor: { value: input.anchor, at: stamp },
      color: { value: input.color, at: stamp },
      note: { value: input.note, at: stamp },
      removed: { value: false, at: stamp },
      createdAt: stamp,
      updatedAt: stamp,
    };
  }
  const field = <T>(old: { value: T; at: number }, value: T) =>
    same(old.value, value) ? old : { value, at: stamp };
  return {
    ...current,
    anchor: field(current.anchor, input.anchor),
    color: field(current.color, input.color),
    note: field(current.note, input.note),
    updatedAt: stamp,
  };
}

/** A highlight removed (true) or restored by undo (false). */
export function applyHighlightRemoved(
  current: HighlightFields,
  removed: boolean,
  stamp: number,
): HighlightFields {
  return { ...current, removed: { value: removed, at: stamp }, updatedAt: stamp };
}

/** Merges two copies of a highlight: each field the newer, so deletions and restores both hold. */
export function mergeHighlight<T extends HighlightFields>(a: T, b: T): T {
  return {
    ...a,
    ...b,
    anchor: newer(a.anchor, b.anchor) ?? a.anchor,
    color: newer(a.color, b.color) ?? a.color,
    note: newer(a.note, b.note) ?? a.note,
    removed: newer(a.removed, b.removed) ?? a.removed,
    createdAt: Math.min(a.createdAt, b.createdAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
}
