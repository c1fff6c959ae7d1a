import * as v from 'valibot';
import { readingStats } from '../../db/reading-stats';
import { defineRequest } from '../define-request';

/** "Your reading, in numbers": words and time per week and month, works finished, speed. */
export const libraryStats = defineRequest({
  type: 'library/stats',
  schema: v.object({ type: v.literal('library/stats') }),
  from: ['extension-page'],
  async handle(_request, { deps }) {
    const { activity, readThroughs } = await deps.library.readingHistory();
    return { stats: readingStats(activity, readThroughs, deps.now()) };
  },
});

export type { PeriodStat, ReadingStats, SpeedEstimate } from '../../db/reading-stats';
