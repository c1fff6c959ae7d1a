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
    // (An iframe leaves a placeholder behind: see "embedded video and audio".)
    ['iframes', '<iframe src="https://evil.example"></iframe><p>a</p>', 'src='],
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

  describe('embedded video and audio', () => {
    const open = `<a href="${BASE}" target="_blank" rel="noopener noreferrer">Open it on the site</a>`;
    const box = (label: string, link = open) =>
      `<span class="fr-embed"><span class="fr-embed-label">${label}</span>${link ? ` ${link}` : ''}</span>`;

    it.each([
      [
        'a YouTube fanvid',
        '<p><iframe width="854" height="510" src="https://www.youtube.com/embed/abc" frameborder="0"></iframe></p>',
        `<p>${box('Embedded video from youtube.com')}</p>`,
      ],
      [
        'a Vimeo player',
        '<iframe src="https://player.vimeo.com/video/1"></iframe>',
        box('Embedded video from vimeo.com'),
      ],
      [
        'a SoundCloud podfic',
        '<iframe src="https://w.soundcloud.com/player/?url=x"></iframe>',
        box('Embedded audio from soundcloud.com'),
      ],
      [
        'an Internet Archive player',
        '<iframe src="https://archive.org/embed/podfic-1"></iframe>',
        box('Embedded media from archive.org'),
      ],
      [
        'an <audio> with its <source>',
        '<audio controls><source src="/podfic/ch1.mp3" type="audio/mpeg">Your browser cannot play this.</audio>',
        box('Embedded audio from archiveofourown.org'),
      ],
      [
        'a <video> with a poster',
        '<video src="https://media.example.org/vid.mp4" poster="https://media.example.org/p.jpg" autoplay></video>',
        box('Embedded video from example.org'),
      ],
      [
        'an <embed> of an mp3',
        '<embed src="https://files.example.net/a.mp3">',
        box('Embedded audio from files.example.net'),
      ],
      [
        'an <object> holding a <video>',
        '<object data="https://www.youtube.com/v/abc"><param name="movie" value="https://www.youtube.com/v/abc"><video src="x.mp4"></video></object>',
        box('Embedded video from youtube.com'),
      ],
      ['a player with no address', '<video></video>', box('Embedded video')],
      [
        'a player inside a link (no link inside a link)',
        '<a href="https://vimeo.com/1"><iframe src="https://player.vimeo.com/video/1"></iframe></a>',
        `<a href="https://vimeo.com/1" target="_blank" rel="noopener noreferrer">${box('Embedded video from vimeo.com', '')}</a>`,
      ],
    ])('shows a placeholder for %s, and loads nothing', (_name, input, expected) => {
      const out = html(input);
      expect(out).toBe(expected);
      expect(out).not.toMatch(/<(?:iframe|video|audio|embed|object|source|param)\b|src=|poster=/);
    });

    it('links to the page only when it is http(s)', () => {
      const div = document.createElement('div');
      div.append(
        sanitize('<video src="https://example.org/v.mp4"></video>', 'file:///tmp/saved.html'),
      );
      expect(div.innerHTML).toBe(box('Embedded video from example.org', ''));
    });

    it('does not let a story pass its own markup off as a placeholder', () => {
      expect(html('<span class="fr-embed">x</span>')).toBe('<span class="s-fr-embed">x</span>');
    });

    it('leaves text without media alone', () => {
      expect(html('<p>She played the video <em>twice</em>.</p>')).toBe(
        '<p>She played the video <em>twice</em>.</p>',
      );
    });
  });
});
