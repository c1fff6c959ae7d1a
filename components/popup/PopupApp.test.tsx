import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/values';
import { broadcastChange, withBackground } from '../testing/background';
import { settleFramesAfterAll } from '../testing/settle';
import { libraryFromSnapshot, loadPopupLibrary } from './load-popup';
import { PopupApp } from './PopupApp';
import { tabKind } from './tab-kind';
import type { TabReply } from '@/lib/messaging/tab-protocol';

settleFramesAfterAll();

const NOW = 1_700_000_100_000;
const MOBY_CH3 = 'https://archiveofourown.org/works/1851/chapters/3';

async function popup(url: string, over: { settings?: Partial<Settings>; reader?: TabReply } = {}) {
  const background = await withBackground(() => NOW);
  const kind = tabKind(url);
  const library = await loadPopupLibrary(kind);
  const settings = { ...DEFAULT_SETTINGS, ...over.settings };
  render(
    <PopupApp
      settings={settings}
      tab={{ id: 7, url }}
      kind={kind}
      library={library}
      {...(over.reader ? { reader: over.reader } : {})}
      now={() => NOW}
    />,
  );
  return background;
}

describe('PopupApp', () => {
  it('says plainly that the reader cannot open on a browser page', async () => {
    await popup('chrome://extensions/');
    expect(screen.getByTestId('this-page').textContent).toMatch(/cannot open on this page/);
    expect(screen.queryByTestId('open-in-reader')).toBeNull();
  });

  it('puts this page’s work first, where the reader is in it, and Continue to the saved chapter', async () => {
    await popup(MOBY_CH3);
    const page = within(screen.getByTestId('this-page'));
    expect(page.getByRole('heading', { name: 'Moby-Dick' })).toBeTruthy();
    expect(page.getByText(/Chapter 2 of 3: The Carpet-Bag/)).toBeTruthy();
    expect(page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    fireEvent.click(page.getByTestId('continue-here'));
    expect(update).toHaveBeenCalledWith(7, {
      url: 'https://archiveofourown.org/works/1851/chapters/1',
    });
  });

  it('says why a supported page is not a story', async () => {
    await popup('https://archiveofourown.org/works/99', {
      reader: { ok: true, open: false, story: false, notStory: 'adult-gate', reason: 'adult' },
    });
    expect(screen.getByTestId('not-story').textContent).toMatch(
      /confirm you want to see this work/,
    );
  });

  it('offers the reader on a site it does not know', async () => {
    await popup('https://example.org/story');
    expect(screen.getByTestId('open-in-reader').textContent).toBe('Open this page in the reader');
  });

  it('lists recent works without this page’s, and removes one with undo', async () => {
    const { requests } = await popup(MOBY_CH3);
    const items = screen.getAllByTestId('work-item');
    expect(items.map((li) => li.querySelector('.recent-title')?.textContent)).toEqual([
      'A one-shot',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove A one-shot from your history' }));
    await screen.findByText(/Removed “A one-shot”/);
    expect(requests.at(-2)).toMatchObject({
      type: 'library/delete-work',
      site: 'ffnet',
      workId: '77',
    });
    await waitFor(() => expect(screen.queryAllByTestId('work-item')).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByTestId('work-item')).toHaveLength(1));
  });

  it.each([
    ['blur', true, 1],
    ['off', false, 0],
  ] as const)(
    'keeps titles private when the recent list is %s',
    async (recentList, blurred, count) => {
      await popup('chrome://newtab/', { settings: { recentList } });
      expect(document.querySelector('.recent')?.classList.contains('blurred')).toBe(blurred);
      expect(screen.queryAllByTestId('work-item').length).toBe(count ? 2 : 0);
    },
  );

  it('changes the theme for every reader and restyles itself', async () => {
    await popup(MOBY_CH3);
    fireEvent.click(screen.getByRole('button', { name: 'Dark' }));
    expect(document.documentElement.className).toBe('fr-theme-dark');
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('settings.theme')).toEqual({
        'settings.theme': 'dark',
      }),
    );
  });

  it('follows reading done in other tabs', async () => {
    const { library } = await popup('chrome://newtab/');
    await library.setStatus('ffnet:77', 'dropped', NOW);
    await library.deleteWork('ao3:1851', NOW + 1);
    await broadcastChange(['ao3:1851']);
    await waitFor(() => expect(screen.getAllByTestId('work-item')).toHaveLength(1));
  });

  it('shows the private-window setting, off by default', async () => {
    await popup('chrome://newtab/');
    const box = screen.getByLabelText('Remember works read in private windows') as HTMLInputElement;
    expect(box.checked).toBe(false);
  });

  it('shows the snapshot at once, then the background’s own answer', async () => {
    const { requests } = await withBackground(() => NOW);
    const kind = tabKind(MOBY_CH3);
    const fresh = await loadPopupLibrary(kind);
    if (!('recent' in fresh)) throw new Error(fresh.error);
    // A snapshot taken before the one-shot was opened and the chapter renamed.
    const old = { ...fresh.current!, lastChapter: { number: 2, title: 'An older title' } };
    const snapshot = libraryFromSnapshot({ recent: [old], complete: true }, kind);
    expect(snapshot?.current?.key).toBe('ao3:1851');
    requests.length = 0;
    render(
      <PopupApp
        settings={DEFAULT_SETTINGS}
        tab={{ id: 7, url: MOBY_CH3 }}
        kind={kind}
        library={snapshot!}
        fromSnapshot
        now={() => NOW}
      />,
    );
    const page = within(screen.getByTestId('this-page'));
    expect(page.getByText(/Chapter 2 of 3: An older title/)).toBeTruthy();
    expect(screen.queryAllByTestId('work-item')).toHaveLength(0);
    await waitFor(() => expect(page.getByText(/Chapter 2 of 3: The Carpet-Bag/)).toBeTruthy());
    expect(screen.getAllByTestId('work-item')).toHaveLength(1);
    expect(requests.map((r) => r.type)).toEqual(['popup/state']);
  });
});

describe('libraryFromSnapshot', () => {
  const work = (site: string, workId: string) =>
    ({ key: `${site}:${workId}`, site, workId }) as never;
  const recent = [work('ao3', '1851'), work('ffnet', '77')];

  it('takes this page’s work from the snapshot', () => {
    const got = libraryFromSnapshot({ recent, complete: false }, tabKind(MOBY_CH3));
    expect(got?.current).toBe(recent[0]);
    expect(got?.recent).toEqual(recent);
  });

  it('asks the background when the snapshot may not hold this page’s work', () => {
    const kind = tabKind('https://archiveofourown.org/works/99');
    expect(libraryFromSnapshot({ recent, complete: false }, kind)).toBeUndefined();
    expect(libraryFromSnapshot(undefined, kind)).toBeUndefined();
    // The whole library is in it: the work is not in the library.
    expect(libraryFromSnapshot({ recent, complete: true }, kind)).toEqual({ recent });
  });

  it('needs no work on a page that names none', () => {
    expect(libraryFromSnapshot({ recent, complete: false }, tabKind('chrome://newtab/'))).toEqual({
      recent,
    });
  });
});
