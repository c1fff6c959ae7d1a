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

  // Skins as chat-fics, text messages and letters use them (written for the project in the style
  // of common AO3 skins): their look survives, sized to fit a narrow window, with generic fonts.
  it.each([
    [
      'text messages',
      [
        '#workskin .phone { max-width: 320px; margin: 0 auto; padding: 10px; background: #fff; border: 2px solid #ccc; border-radius: 20px; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; }',
        '#workskin .text { float: left; clear: both; max-width: 70%; margin: 2px 0; padding: 6px 12px; background: #e5e5ea; color: #000; border-radius: 18px; }',
        '#workskin .breply { float: right; clear: both; max-width: 70%; margin: 2px 0; padding: 6px 12px; background: #1289fe; color: #fff; border-radius: 18px; }',
        '#workskin .timestamp { display: block; text-align: center; font-size: 0.75em; color: #8e8e93; }',
      ],
      [
        '.fr-skin .s-phone { max-width: min(320px, 100%); margin: 0 auto; padding: 10px; background: #fff; border: 2px solid #ccc; border-radius: 20px; font-family: sans-serif }',
        '.fr-skin .s-text { float: left; clear: both; max-width: 70%; margin: 2px 0; padding: 6px 12px; background: #e5e5ea; color: #000; border-radius: 18px }',
        '.fr-skin .s-breply { float: right; clear: both; max-width: 70%; margin: 2px 0; padding: 6px 12px; background: #1289fe; color: #fff; border-radius: 18px }',
        '.fr-skin .s-timestamp { display: block; text-align: center; font-size: 0.75em; color: #8e8e93 }',
      ],
    ],
    [
      'a chat log with avatars',
      [
        '#workskin .chat { background-color: #36393f; color: #dcddde; padding: 1em; border-radius: 5px; font-family: Whitney, sans-serif; line-height: 1.4; }',
        '#workskin .username { font-weight: bold; color: #7289da; }',
        '#workskin .avatar { display: inline-block; width: 2em; height: 2em; border-radius: 50%; background: #7289da; vertical-align: middle; margin-right: 0.5em; }',
        '#workskin .msg { margin: 0.2em 0 0.6em 2.5em; }',
      ],
      [
        '.fr-skin .s-chat { background-color: #36393f; color: #dcddde; padding: 1em; border-radius: 5px; font-family: sans-serif; line-height: 1.4 }',
        '.fr-skin .s-username { font-weight: bold; color: #7289da }',
        '.fr-skin .s-avatar { display: inline-block; width: min(2em, 100%); height: 2em; border-radius: 50%; background: #7289da; vertical-align: middle; margin-right: 0.5em }',
        '.fr-skin .s-msg { margin: 0.2em 0 0.6em 2.5em }',
      ],
    ],
    [
      'an email and a letter',
      [
        '#workskin { font-family: Georgia, serif; color: #222; }',
        '#workskin .email { border: 1px solid #aaa; padding: 1em 1.5em; margin: 1em 0; background: #fafafa; font-family: "Courier New", monospace; box-shadow: 2px 2px 4px rgba(0, 0, 0, 0.3); }',
        '#workskin .email .header { border-bottom: 1px dashed #aaa; padding-bottom: 0.5em; margin-bottom: 1em; }',
        '#workskin .letter p { font-family: cursive; text-align: right; text-indent: 2em; white-space: pre; }',
      ],
      [
        '.fr-skin { font-family: serif; color: #222 }',
        '.fr-skin .s-email { border: 1px solid #aaa; padding: 1em 1.5em; margin: 1em 0; background: #fafafa; font-family: monospace; box-shadow: 2px 2px 4px rgba(0, 0, 0, 0.3) }',
        '.fr-skin .s-email .s-header { border-bottom: 1px dashed #aaa; padding-bottom: 0.5em; margin-bottom: 1em }',
        '.fr-skin .s-letter p { font-family: cursive; text-align: right; text-indent: 2em; white-space: pre-wrap }',
      ],
    ],
  ])('keeps %s', (_name, skin, kept) => {
    expect(scopeWorkSkin(skin.join('\n'), false)).toBe(same(kept.join('\n')));
  });
});
