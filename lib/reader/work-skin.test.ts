import { describe, expect, it } from 'vitest';
import { scopeWorkSkin } from './work-skin';

describe('scopeWorkSkin', () => {
  it('scopes rules to the story and renames classes and ids as the sanitizer does', () => {
    expect(
      scopeWorkSkin('#workskin .text, #workskin #fn1 { color: #000; background: #e5e5ea; }', false),
    ).toBe('.fr-skin .s-text, .fr-skin #user-content-fn1 { color: #000; background: #e5e5ea }');
  });

  it.each([
    ['unscoped rules', 'body { display: none }'],
    ['URLs', '#workskin .x { background: url(https://tracker.example/p.png) }'],
    ['escapes that could hide a URL', '#workskin .x { background: \\75 rl(x) }'],
    ['fixed positioning', '#workskin .x { position: fixed }'],
    ['imports', '@import url(https://evil.example/a.css);'],
    ['hiding content', '#workskin .x { display: none }'],
  ])('drops %s', (_name, css) => {
    expect(scopeWorkSkin(css, false)).toBe('');
  });

  it('keeps generated text on pseudo-elements but not elsewhere', () => {
    expect(scopeWorkSkin("#workskin .topbar:before { content: 'Email'; }", false)).toBe(
      ".fr-skin .s-topbar:before { content: 'Email' }",
    );
    expect(scopeWorkSkin("#workskin .topbar { content: 'Email'; color: red }", false)).toBe(
      '.fr-skin .s-topbar { color: red }',
    );
  });

  it('on a dark page, drops text colours without a background and pairs backgrounds with readable text', () => {
    const css =
      '#workskin .a { color: #000 } #workskin .b { background-color: #ffffff } #workskin .c { color: #fff; background: #1289fe }';
    expect(scopeWorkSkin(css, true)).toBe(
      '.fr-skin .s-b { background-color: #ffffff; color: #1d1c1a }\n.fr-skin .s-c { color: #fff; background: #1289fe }',
    );
  });
});
