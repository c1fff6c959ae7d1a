import type { UpgradeStep } from './upgrade-step';

/** v1: the library, one record per work opened. */
export const v1Library: UpgradeStep = (db) => {
  const works = db.createObjectStore('works', { keyPath: 'key' });
  works.createIndex('by-last-opened', 'lastOpenedAt');
};
