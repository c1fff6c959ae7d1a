import type { Extraction } from '../types';
import { textOf } from '../common/text';

/**
 * Why an AO3-software page without a work on it is not a story. The adult-content gate has had
 * three markups (2015 "Proceed", 2023 "Yes, Continue" + heading, 2025 p.caution.notice), so it is
 * recognised by what they share: a caution mentioning adult content and a view_adult=true link.
 */
export function otwNotStory(doc: Document): Extraction | null {
  if (doc.querySelector('#workskin')) return null;
  const main = doc.querySelector('#main');
  const mainClass = main?.className ?? '';
  const notStory = (reason: Extract<Extraction, { kind: 'not-story' }>['reason'], detail: string) =>
    ({ kind: 'not-story', reason, detail }) as const;

  const caution = Array.from(doc.querySelectorAll('#main p.caution, #main .caution')).some((p) =>
    /adult content/i.test(textOf(p)),
  );
  if (caution && doc.querySelector('#main a[href*="view_adult=true"]')) {
    return notStory(
      'adult-gate',
      'The archive asks to confirm adult content before showing this work.',
    );
  }
  if (
    /\bsessions-new\b/.test(mainClass) ||
    /only available to registered users/i.test(textOf(doc.querySelector('.flash, #main')))
  ) {
    return notStory(
      'login-wall',
      'This work is only available to registered users of the archive.',
    );
  }
  if (
    /\berrors-404\b/.test(mainClass) ||
    /^Error 404\b/.test(textOf(doc.querySelector('#main h2')))
  ) {
    return notStory('not-found', 'The archive says this page does not exist (404).');
  }
  if (/\bworks-navigate\b/.test(mainClass) || doc.querySelector('#main ol.chapter.index')) {
    return notStory('index', "The work's chapter index.");
  }
  if (/\bseries-show\b/.test(mainClass) || doc.querySelector('#main ul.series.work.index')) {
    return notStory('index', 'A series page.');
  }
  if (doc.querySelector('#main ol.work.index, #main ol.index.group li.blurb')) {
    return notStory('listing', 'A list of works.');
  }
  return notStory('unknown', 'No work on this page.');
}
