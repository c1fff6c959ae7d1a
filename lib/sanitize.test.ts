import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize';

const BASE = 'https://archiveofourown.org/works/1/chapters/2';

function html(input: string): string {
  const div = document.createElement('div');
  div.append(sanitize(input, BASE));
  return div.innerHTML;
}

describe('sanitize', () => {
  it('keeps story markup', () => {
    expect(html('<p>She <em>ran</em>, <strong>fast</strong>.</p><hr>')).toBe(
      '<p>She <em>ran</em>, <strong>fast</strong>.</p><hr>',
    );
  });

  it.each([
    ['scripts', '<p>a</p><script>window.pwned = 1</script>', '<p>a</p>'],
    ['event handlers', '<img src="x.png" onerror="window.pwned = 1">', 'onerror'],
    ['style elements', '<style>body { display: none }</style><p>a</p>', '<p>a</p>'],
    ['forms', '<form action="/x"><input name="q"><button>Go</button></form><p>a</p>', '<p>a</p>'],
    ['iframes', '<iframe src="https://evil.example"></iframe><p>a</p>', '<p>a</p>'],
  ])('removes %s', (_name, input, expected) => {
    const out = html(input);
    if (expected.startsWith('<')) expect(out).toBe(expected);
    else expect(out).not.toContain(expected);
    expect(out).not.toMatch(/script|onerror|<style|<form|<iframe/);
  });

  it('drops links that are not http(s) and makes the rest open safely in a new tab', () => {
    expect(html('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(html('<a href="data:text/html,hi">x</a>')).toBe('<a>x</a>');
    expect(html('<a href="/works/3">x</a>')).toBe(
      '<a href="https://archiveofourown.org/works/3" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });

  it('makes images absolute and lazy', () => {
    expect(html('<img src="/pic.png" alt="a boat">')).toBe(
      '<img src="https://archiveofourown.org/pic.png" alt="a boat" loading="lazy" decoding="async">',
    );
  });

  it('turns inline alignment and emphasis into reader classes and drops the style', () => {
    expect(html('<p style="text-align: center; color: red">* * *</p>')).toBe(
      '<p class="fr-center">* * *</p>',
    );
    expect(html('<span style="font-style:italic;font-weight:700">x</span>')).toBe(
      '<span class="fr-italic fr-bold">x</span>',
    );
  });

  it('keeps work-skin classes under a prefix the reader never uses for itself', () => {
    expect(html('<div class="phone text fr-toolbar">hi</div>')).toBe(
      '<div class="s-phone s-text s-fr-toolbar">hi</div>',
    );
  });

  it('renames ids and keeps in-story footnote links pointing at them', () => {
    expect(html('<a href="#fn1">1</a><p id="fn1">note</p>')).toBe(
      '<a href="#user-content-fn1">1</a><p id="user-content-fn1">note</p>',
    );
  });
});
