import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '@/lib/reader/keys';
import { SITE_URLS as SITES } from '@/lib/sites/site-urls';
import { WelcomePage } from './WelcomePage';

const page = () =>
  render(
    <WelcomePage
      sites={SITES}
      shortcuts={SHORTCUTS}
      libraryUrl="chrome-extension://id/library.html"
      iconUrl="chrome-extension://id/icons/icon-128.png"
    />,
  );

describe('WelcomePage', () => {
  it('lists every supported site, from the same list the manifest uses', () => {
    page();
    const items = within(screen.getByTestId('welcome-sites')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      SITES.map((site) => `${site.name} ${site.hosts[0]}`),
    );
  });

  it('lists every reader shortcut, chords joined with +', () => {
    page();
    for (const s of SHORTCUTS) expect(screen.getByText(s.label)).toBeTruthy();
    const keys = Array.from(document.querySelectorAll('.keys th')).map((th) => th.textContent);
    expect(keys).toContain('Alt + Shift + R');
    expect(keys).toContain('← or [');
  });

  it('says where the library is and what stays private', () => {
    page();
    expect(screen.getByRole('link', { name: 'the library' }).getAttribute('href')).toBe(
      'chrome-extension://id/library.html',
    );
    expect(screen.getByText(/makes no network requests/)).toBeTruthy();
    expect(screen.getByText(/private windows are not recorded/)).toBeTruthy();
  });
});
