import type { Baseline } from './baseline';

/**
 * A chat-fic chapter written for Fic Reader's tests: narration around work-skin chat boxes whose
 * lines are separated by <br>, with emoji. Edited by adding an author's note and a rule at the top.
 */

const line = (name: string, text: string) => `<b>${name}:</b> ${text}`;
const chat = (...lines: string[]) => `<div class="chat"><p>${lines.join('<br>')}</p></div>`;

const POSTED = [
  '<p>Day 3 of the group project. The chat had not slept.</p>',
  chat(
    line('mira', 'who took the last of the glue sticks'),
    line('jon', 'not me'),
    line('mira', 'jon'),
    line('jon', 'okay it was me'),
    line('priya', 'can we focus please, the poster is due at nine'),
  ),
  '<p>Priya put her phone face down on the desk and looked at the poster. It was mostly glue.</p>',
  chat(
    line('priya', 'new plan'),
    line('priya', 'we present it as modern art'),
    line('mira', '\u2728 genius \u2728'),
    line('jon', 'i will bring more glue sticks'),
  ),
  '<p>At nine the next morning they presented it as modern art. They got a B.</p>',
];

const NOTED = [
  '<p><b>A/N:</b> Thank you for all the kudos on the last chapter! This one is short and silly. Enjoy \ud83d\udc99</p>',
  '<hr>',
  ...POSTED,
];

/** The chat chapter: an author's note added at the top. */
export const CHAT: Baseline[] = [
  {
    name: "an author's note added at the top",
    shape: 'chat-fic (line breaks, emoji)',
    before: POSTED,
    after: { c1: NOTED },
    highlights: [
      {
        label: 'the first sentence of the chapter',
        from: [0, 'Day 3 of the group project.'],
        expect: { c1: { from: [2, 'Day 3 of the group project.'] } },
      },
      {
        label: 'across chat lines (line breaks)',
        from: [1, 'okay it was me'],
        to: [1, 'can we focus please'],
        expect: { c1: { from: [3, 'okay it was me priya: can we focus please'] } },
      },
      {
        label: 'emoji at both edges',
        from: [3, '\u2728 genius \u2728'],
        expect: { c1: { from: [5, '\u2728 genius \u2728'] } },
      },
      {
        label: 'the second "glue sticks"',
        from: [3, 'glue sticks'],
        expect: { c1: { from: [5, 'glue sticks'] } },
      },
      {
        label: 'the last sentence of the chapter',
        from: [4, 'They got a B.'],
        expect: { c1: { from: [6, 'They got a B.'] } },
      },
    ],
  },
];
