import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { broadcastChange, withBackground } from '../testing/background';
import { settleFramesAfterAll } from '../testing/settle';
import { LibraryApp } from './LibraryApp';

settleFramesAfterAll();

const NOW = 1_700_000_100_000;

async function open(hash: string) {
  location.hash = hash;
  const background = await withBackground(() => NOW);
  render(<LibraryApp now={() => NOW} />);
  return background;
}

const titles = () =>
  screen.queryAllByTestId('work-row').map((r) => r.querySelector('h2')?.textContent);

beforeEach(() => {
  location.hash = '';
});

describe('the library page', () => {
  it('lists every work with its progress, time and the reader’s tags', async () => {
    await open('#/');
    await waitFor(() => expect(titles()).toEqual(['A one-shot', 'Moby-Dick']));
    const moby = screen.getAllByTestId('work-row')[1]!;
    expect(moby.textContent).toMatch(/1\/3 chapters read · at chapter 2 of 3 · 40%/);
    expect(within(moby).getByText('comfort read')).toBeTruthy();
    expect((within(moby).getByLabelText('Status of Moby-Dick') as HTMLSelectElement).value).toBe(
      'on-hold',
    );
  });

  it.each([
    ['a title', 'one-shot', ['A one-shot']],
    ['a note', 'whale', ['Moby-Dick']],
    ['highlighted text', 'ishmael', ['Moby-Dick']],
    ['a tag', 'comfort', ['Moby-Dick']],
  ])('finds works by %s as you type', async (_what, query, expected) => {
    await open('#/');
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.input(screen.getByTestId('library-search'), { target: { value: query } });
    expect(titles()).toEqual(expected);
    expect(screen.getByTestId('work-count').textContent).toBe('1 of 2 works');
  });

  it('filters by status and site', async () => {
    await open('#/');
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'on-hold' } });
    expect(titles()).toEqual(['Moby-Dick']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'ffnet' } });
    expect(titles()).toEqual(['A one-shot']);
  });

  it('changes a work’s status', async () => {
    const { requests } = await open('#/');
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Status of A one-shot'), {
      target: { value: 'finished' },
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Status of A one-shot') as HTMLSelectElement).value).toBe(
        'finished',
      ),
    );
    expect(requests).toContainEqual({
      type: 'library/set-status',
      site: 'ffnet',
      workId: '77',
      status: 'finished',
    });
  });

  it('follows reading in other tabs', async () => {
    const { library } = await open('#/');
    await waitFor(() => expect(titles()).toHaveLength(2));
    await library.setStatus('ffnet:77', 'dropped', NOW);
    await broadcastChange(['ffnet:77']);
    await waitFor(() =>
      expect((screen.getByLabelText('Status of A one-shot') as HTMLSelectElement).value).toBe(
        'dropped',
      ),
    );
  });

  it('shows a work’s chapters, highlights and notes as text, and deletes its data with undo', async () => {
    await open('#/work/ao3%3A1851');
    const page = await screen.findByTestId('work-page');
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Moby-Dick');
    const chapters = within(page)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.chapters'));
    expect(chapters.map((li) => li.textContent)).toEqual([
      '✓Loomings, read',
      'The Carpet-Bag, not read · you are here2 min',
      'The Spouter-Inn, not read',
    ]);
    const [highlight] = within(page).getAllByTestId('highlight');
    expect(highlight!.textContent).toContain('favourite');
    expect(highlight!.querySelector('.note')?.textContent).toBe('the <b>whale</b>');
    expect(highlight!.querySelector('b')).toBeNull();
    fireEvent.click(within(page).getByRole('button', { name: 'Delete “Moby-Dick”' }));
    // Back to the list, without the work, and an undo that brings it back.
    await waitFor(() => expect(titles()).toEqual(['A one-shot']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual(['A one-shot', 'Moby-Dick']));
  });
});
