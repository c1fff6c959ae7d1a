import type { WorkRef } from '../sites/types';

/** The database key of a work: the same whichever of the work's URLs opened it. */
export function workKey(ref: WorkRef): string {
  return `${ref.site}:${ref.workId}`;
}
