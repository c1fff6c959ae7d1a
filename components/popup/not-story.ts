import type { NotStoryReason } from '@/lib/sites/types';

/** Why the reader found no story on a page of a supported site, said to a reader. */
export const NOT_STORY_TEXT: Record<NotStoryReason, string> = {
  listing: 'This is a list of works, not a story. Open a work and the reader takes it from there.',
  'login-wall':
    'The site shows this work to logged-in readers only. Log in on the site, and the reader opens it.',
  'adult-gate':
    'The site asks you to confirm you want to see this work first. Confirm on the page, and the reader opens it.',
  'not-found': 'The site says this work does not exist, or no longer does.',
  index: 'This is the work’s list of chapters. Pick a chapter to read it in the reader.',
  unknown: 'The reader found no story on this page.',
};
