import type { Baseline } from './baseline';
import { CHAT } from './chat';
import { LETTERS } from './letters';
import { LIGHTHOUSE } from './lighthouse';
import { MOBY_SPLIT } from './moby-split';

/** Every edit baseline, in the order of the outcome table. */
export const BASELINES: readonly Baseline[] = [...LIGHTHOUSE, ...LETTERS, ...CHAT, ...MOBY_SPLIT];
