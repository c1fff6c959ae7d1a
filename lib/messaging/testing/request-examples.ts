import type { RequestType } from '../protocol';

/** The work every example speaks of, and a tab showing it. */
export const WORK = { site: 'ao3', workId: '1851' } as const;
export const WORK_PAGE = 'https://archiveofourown.org/works/1851/chapters/2';

/** A work snapshot as today's reader sends it. */
export const snapshot = (over: Record<string, unknown> = {}) => ({
  ...WORK,
  title: 'Moby-Dick',
  authors: [{ name: 'Herman Melville', url: 'https://archiveofourown.org/users/hm' }],
  fandoms: ['Moby-Dick'],
  url: 'https://archiveofourown.org/works/1851',
  status: 'complete',
  pageUrl: WORK_PAGE,
  ...over,
});

/**
 * For every request: one valid message, and malformed ones (wrong types, bad values) that must be
 * refused. requests.test.ts fails for a registered request with no entry here.
 */
export const REQUEST_EXAMPLES: Record<RequestType, { valid: object; malformed: unknown[] }> = {
  'work/opened': {
    valid: { type: 'work/opened', work: snapshot() },
    malformed: [
      { type: 'work/opened' },
      { type: 'work/opened', work: snapshot({ url: 'javascript:alert(1)' }) },
      { type: 'work/opened', work: snapshot({ site: 'evil' }) },
      { type: 'work/opened', work: snapshot({ authors: 'Herman' }) },
    ],
  },
  'library/list': {
    valid: { type: 'library/list', limit: 5 },
    malformed: [
      { type: 'library/list', limit: -1 },
      { type: 'library/list', limit: '5' },
    ],
  },
  'library/remove': {
    valid: { type: 'library/remove', ...WORK },
    malformed: [
      { type: 'library/remove', site: 'ao3' },
      { type: 'library/remove', ...WORK, workId: 5 },
    ],
  },
  'library/works': {
    valid: { type: 'library/works' },
    malformed: [{ type: 'library/works', limit: 1.5 }],
  },
  'library/work': {
    valid: { type: 'library/work', ...WORK },
    malformed: [{ type: 'library/work', site: 'nowhere', workId: '1' }],
  },
  'library/set-status': {
    valid: { type: 'library/set-status', ...WORK, status: 'finished' },
    malformed: [
      { type: 'library/set-status', ...WORK, status: 'devoured' },
      { type: 'library/set-status', ...WORK },
    ],
  },
  'library/set-tags': {
    valid: { type: 'library/set-tags', ...WORK, tags: ['whales'] },
    malformed: [
      { type: 'library/set-tags', ...WORK, tags: 'whales' },
      { type: 'library/set-tags', ...WORK, tags: ['x'.repeat(101)] },
      { type: 'library/set-tags', ...WORK, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
    ],
  },
  'library/delete-work': {
    valid: { type: 'library/delete-work', ...WORK },
    malformed: [{ type: 'library/delete-work', workId: '1851' }],
  },
  'library/undo-delete': {
    valid: { type: 'library/undo-delete', ...WORK },
    malformed: [{ type: 'library/undo-delete', ...WORK, site: null }],
  },
  'library/clear-history': {
    valid: { type: 'library/clear-history', confirm: true },
    malformed: [
      { type: 'library/clear-history' },
      { type: 'library/clear-history', confirm: 'yes' },
    ],
  },
  'library/highlights': {
    valid: { type: 'library/highlights', color: 'c2', work: WORK },
    malformed: [
      { type: 'library/highlights', color: 'red' },
      { type: 'library/highlights', work: { site: 'ao3' } },
    ],
  },
  'library/index': {
    valid: { type: 'library/index', offset: 0 },
    malformed: [
      { type: 'library/index', offset: -1 },
      { type: 'library/index', keys: [5] },
    ],
  },
  'library/stats': {
    valid: { type: 'library/stats' },
    malformed: [{ type: 'library/stat' }],
  },
  'library/highlight-groups': {
    valid: { type: 'library/highlight-groups', offset: 0 },
    malformed: [{ type: 'library/highlight-groups', offset: 'next' }],
  },
  'popup/state': {
    valid: { type: 'popup/state', work: WORK, recent: 5 },
    malformed: [
      { type: 'popup/state', recent: 500 },
      { type: 'popup/state', work: { site: 'ao3', workId: 5 }, recent: 5 },
    ],
  },
};
