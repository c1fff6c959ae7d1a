import type { UpgradeStep } from './upgrade-step';

/** v3 (issue 11): highlights and notes, listed per work and by last change. */
export const v3Highlights: UpgradeStep = (db) => {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('by-work', 'work');
  highlights.createIndex('by-updated', 'updatedAt');
};
