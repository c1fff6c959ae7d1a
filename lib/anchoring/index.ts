/**
 * The text-anchoring layer (see README.md): normalised text, anchors, describing, resolving and
 * drawing ranges, and the every-mention lens. Framework-free and DOM-global-free.
 */
export { blockText, type BlockText, type DomPoint } from './block-text';
export { describePoint, describeRange, describeText, CONTEXT_CHARS } from './describe';
export { blockFingerprint, chapterFingerprint } from './fingerprint';
export { findMentions } from './mentions';
export { chapterText, normalizeText, BLOCK_SEPARATOR, type ChapterText } from './normalize';
export { resolveAnchor } from './resolve';
export { resolvePosition, type PositionRule, type ResolvedPosition } from './resolve-position';
export { toRange, toRanges, type Place } from './to-range';
export type * from './types';
