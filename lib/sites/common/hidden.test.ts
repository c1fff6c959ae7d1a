import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/support/parse';
import { hiddenSelectors, styleRules } from './hidden';

describe('styleRules', () => {
  it('reads top-level rules and skips comments and at-rules', () => {
    expect(
      styleRules(
        '/* c */ a { color: red } @media print { b { display: none } } .x{display:none;speak:never}',
      ),
    ).toEqual([
      { selector: 'a', declarations: ' color: red ' },
      { selector: '.x', declarations: 'display:none;speak:never' },
    ]);
  });

  it.each([
    ['a CDATA section', '<![CDATA[ .a { display: none } .b { color: red } ]]>'],
    ['an HTML comment', '<!-- .a { display: none } .b { color: red } -->'],
    [
      'a CDATA section in an HTML comment',
      '<!--<![CDATA[\n.a{display:none}\n.b{color:red}\n]]>-->',
    ],
    [
      'a CDATA section in CSS comments',
      '/*<![CDATA[*/ .a { display: none } .b { color: red } /*]]>*/',
    ],
    ['markers between rules', '.a { display: none } <!-- ]]> .b { color: red } --> <![CDATA['],
  ])('reads the rules inside %s', (_name, css) => {
    expect(styleRules(css).map((r) => [r.selector, r.declarations.replace(/\s/g, '')])).toEqual([
      ['.a', 'display:none'],
      ['.b', 'color:red'],
    ]);
  });
});

describe('hiddenSelectors', () => {
  it('finds rules that hide, but not state or generated-content selectors', () => {
    const doc = parseHtml(`<style>
      .cjRiYmE5OGZhNGM1 { display: none; speak: never; }
      #workskin .hide, #workskin .also { display:none !important }
      .menu:hover .sub { display: none }
      .note::before { display: none }
      .shown { display: block }
      .ghost { visibility: hidden }
    </style>`);
    expect(hiddenSelectors(doc)).toEqual([
      '.cjRiYmE5OGZhNGM1',
      '#workskin .hide',
      '#workskin .also',
      '.ghost',
    ]);
  });
});
