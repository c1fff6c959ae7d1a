import { paras } from '../../../tests/pages/html';
import { mobyDick, OWN_TEXT } from '../../../tests/pages/text';

/**
 * Chapter shapes for the anchoring tests, as block HTML the way adapters hand it to the reader.
 * The prose is written for the project (or Moby-Dick, public domain); never from
 * ../shared/fixtures.
 */

const p = (text: string) => `<p>${text}</p>`;

/** Named test chapters (block HTML). */
export const SHAPES = {
  dialogue: [
    ...OWN_TEXT.harbour.map((t) => p(t.replace(/"([^"]*)"/g, '\u201c$1\u201d'))),
    p('\u201cThe Marguerite,\u201d he said. \u201cShe\u2019s late, that\u2019s all.\u201d'),
  ],
  chat: [
    p('The group chat woke up at midnight, as it always did.'),
    '<div class="chat"><p><b>keeper:</b> anyone see the seventh boat<br><b>brother:</b> go to sleep<br/><b>keeper:</b> not until the lamp is lit</p></div>',
    p('Nobody answered after that.'),
  ],
  onePara: [p((mobyDick()[0]?.paragraphs ?? []).slice(0, 4).join(' '))],
  images: [
    p('The map was pinned above the stove.'),
    '<p><img src="https://example.org/map.png" alt="a hand-drawn map of the bay"></p>',
    p('She traced the breakwater with one finger.'),
    '<figure><img src="https://example.org/boat.png" alt=""></figure>',
    p('The seventh boat was not on it.'),
  ],
  unicode: [
    p('\ud83c\udf0a The tide came in. \ud83d\udc4b\ud83c\udffd'),
    p('Caf\u0065\u0301 au lait, said the sign, and under it: cr\u0065\u0300me.'),
    p(
      'Mr.\u00a0Abernathy\u00a0\u00a0kept the \ud835\udc59\ud835\udc56\ud835\udc54\ud835\udc61 \u2014 the light \u2014 burning.',
    ),
  ],
  sceneBreak: [
    p('She lit the lamp and went down the stairs.'),
    '<hr>',
    '<p align="center">* * *</p>',
    p('Morning came grey and quiet over the harbour.'),
  ],
  repeated: [
    p('The bell rang twice. Nobody came to the door.'),
    p('She waited on the step with the letter in her hand.'),
    p('The bell rang twice. Nobody came to the door.'),
    p('So she left the letter under the stone, as her mother had.'),
  ],
  moby: paras(mobyDick()[2]?.paragraphs ?? []).split('\n'),
} satisfies Record<string, string[]>;
