import type { UpgradeStep } from './upgrade-step';

/** v4 (issue 12): reading per day for the charts, and tombstones of deleted works. */
export const v4Library: UpgradeStep = (db) => {
  const activity = db.createObjectStore('activity', { keyPath: ['day', 'work'] });
  activity.createIndex('by-work', 'work');
  db.createObjectStore('tombstones', { keyPath: 'key' });
};
