import { esc, paras } from '../html';
import { OWN_TEXT } from '../text';
import { lighthouseWork, mobyDickWork } from '../samples';
import type { Ao3WorkSpec } from './work-page';

/** Awkward AO3 works for the adapter's tests. Text is our own or public domain. */

/** A work posted anonymously (in an anonymous collection). */
export function anonymousWork(): Ao3WorkSpec {
  return { ...lighthouseWork(), id: 900002, authors: 'anonymous' };
}

/** A work whose creator orphaned it, co-created with a pseud of another user. */
export function orphanedWork(): Ao3WorkSpec {
  return {
    ...mobyDickWork(2),
    id: 900003,
    authors: [{ pseud: 'Fairweather', user: 'orphan_account' }, { pseud: 'orphan_account' }],
  };
}

/** Two creators, one writing under a pseud of their account. */
export function coauthoredWork(): Ao3WorkSpec {
  return {
    ...lighthouseWork(),
    id: 900004,
    authors: [{ pseud: 'quietharbour' }, { pseud: 'Tern', user: 'seabirds' }],
  };
}

/** A chat-fic: text messages styled by a work skin, with a screen-reader label it hides. */
export function chatFicWork(): Ao3WorkSpec {
  const message = (who: 'them' | 'me', text: string) =>
    `<p class="${who === 'me' ? 'breply' : 'text'}"><span class="hide">${who === 'me' ? 'Sent' : 'Received'}: </span>${esc(text)}</p>`;
  return {
    ...lighthouseWork(),
    id: 900005,
    title: 'Group Chat: Lighthouse Rota',
    skinCss: [
      '#workskin .phone { max-width: 400px; margin: auto; }',
      '#workskin .text { float: left; background: #e5e5ea; border-radius: 1em; }',
      '#workskin .breply { float: right; background: #1289fe; color: #fff; border-radius: 1em; }',
      '#workskin .hide { display: none; }',
    ].join('\n'),
    chapters: [
      {
        id: 1900005,
        body: `${paras(['The group chat woke up at dawn.'])}
<div class="phone">
${message('them', 'who has the lamp tonight')}
${message('me', 'me, again')}
${message('them', 'bring the good oil')}
</div>
${paras(['She put the phone face down and went up the stairs.'])}`,
      },
    ],
  };
}

/** A chapter with an image, a centred divider and an <hr> scene break. */
export function illustratedWork(): Ao3WorkSpec {
  return {
    ...lighthouseWork(),
    id: 900006,
    title: 'Charts of the Harbour',
    chapters: [
      {
        id: 1900006,
        body: `${paras(OWN_TEXT.harbour.slice(0, 2))}
<p><img src="https://example.org/images/harbour-map.png" alt="A hand-drawn map of the harbour" /></p>
<p align="center">~ ~ ~</p>
${paras(OWN_TEXT.harbour.slice(2, 4))}
<hr />
${paras(OWN_TEXT.letters)}`,
      },
    ],
  };
}

/** Notes and end notes on every chapter, and a content warning in the first chapter's notes. */
export function notedWork(): Ao3WorkSpec {
  const work = mobyDickWork(3);
  return {
    ...work,
    id: 900007,
    chapters: work.chapters.map((c, i) => ({
      ...c,
      notes:
        i === 0
          ? '<p>CW: a storm, and an injury at sea.</p>'
          : `<p>Notes for chapter ${i + 1}.</p>`,
      endNotes: `<p>End notes for chapter ${i + 1}.</p>`,
    })),
  };
}
