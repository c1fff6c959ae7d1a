import { describe, expect, it } from 'vitest';
import { scopeWorkSkin } from './work-skin';

// The result is written out by the CSS parser: compare it as the parser would write the expectation.
function same(css: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
}

describe('scopeWorkSkin', () => {
  it('scopes rules to the story and renames classes and ids as the sanitizer does', () => {
    expect(
      scopeWorkSkin('#workskin .text, #workskin #fn1 { color: #000; background: #e5e5ea; }', false),
    ).toBe(
      same('.fr-skin .s-text, .fr-skin #user-content-fn1 { color: #000; background: #e5e5ea }'),
    );
  });

  it.each([
    ['unscoped rules', 'body { display: none }'],
    ['URLs', '#workskin .x { background: url(https://tracker.example/p.png) }'],
    ['escapes that could hide a URL', '#workskin .x { background: \\75 rl(x) }'],
    ['fixed positioning', '#workskin .x { position: fixed }'],
    ['imports', '@import url(https://evil.example/a.css);'],
    ['hiding content', '#workskin .x { display: none }'],
    ['a box without a box', '#workskin { display: contents }'],
    ['the story box’s siblings', '#workskin ~ * { color: red } #workskin + div { color: red }'],
    ['a look-alike id', '#workskinny p { color: red }'],
    [
      'braces in a value that would start a rule of their own',
      '#workskin .x { zzz: {; color: red } [class~=fr-root] button, main::after { position: fixed; top: 0; background: #000; x: } }',
    ],
  ])('drops %s', (_name, css) => {
    expect(scopeWorkSkin(css, false)).not.toMatch(
      /fr-root|main|button|~|\+|position|contents|display|url|@import|workskinny|:\s*fixed/,
    );
  });

  it('keeps selector lists with commas inside :is()', () => {
    expect(
      scopeWorkSkin('#workskin :is(.a, .b) { color: red } #workskin .c { color: blue }', false),
    ).toBe(same('.fr-skin :is(.s-a, .s-b) { color: red }\n.fr-skin .s-c { color: blue }'));
  });

  it('keeps generated text on pseudo-elements but not elsewhere', () => {
    expect(scopeWorkSkin("#workskin .topbar:before { content: 'Email'; }", false)).toBe(
      same(".fr-skin .s-topbar:before { content: 'Email' }"),
    );
    expect(scopeWorkSkin("#workskin .topbar { content: 'Email'; color: red }", false)).toBe(
      same('.fr-skin .s-topbar { color: red }'),
    );
  });

  it('on a dark page, drops text colours without a background and pairs backgrounds with readable text', () => {
    const css =
      '#workskin .a { color: #000 } #workskin .b { background-color: #ffffff } #workskin .c { color: #fff; background: #1289fe }';
    expect(scopeWorkSkin(css, true)).toBe(
      same(
        '.fr-skin .s-b { background-color: #ffffff; color: #1d1c1a }\n.fr-skin .s-c { color: #fff; background: #1289fe }',
      ),
    );
  });
});
